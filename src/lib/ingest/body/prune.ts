// Before Readability scores the page: take out the subtrees that are never the story, so
// their text cannot win (a comment thread often outweighs a short article) and the scorer
// has less to walk (a 2 MB page is mostly scripts and comments). Works on any DOM Document
// (the browser's or linkedom's); must not know about scoring, paragraphs or metadata.
import { wrapsPage } from '../meta/region';
import { ALWAYS_SKIP_CLASS, CAPTION_NAME, CHROME_TAGS, CODE_TAGS, CONTAINERS, isInlineNote, PRINT_HIDDEN, SKIP_CLASS, SKIP_ROLES } from './rules';
import { keepSentenceWords } from './sentenceWords';

/**
 * Removes code and hidden markup always; page chrome unless it holds the headline; and,
 * when `byClass`, boxes whose class names say furniture ("share-bar", "related-links").
 */
export function pruneFurniture(doc: Document, byClass: boolean): void {
  // (a responsive <picture> is an image all the same: its <img> stays, for the caption's shape)
  for (const picture of [...doc.querySelectorAll('picture')]) {
    const img = picture.querySelector('img');
    if (img) picture.replaceWith(img);
  }
  for (const el of [...doc.querySelectorAll(CODE_TAGS.join(','))]) el.remove();
  keepSentenceWords(doc);
  const headline = mainHeadline(doc);
  // The headline's ancestors, once: asking each of thousands of boxes whether it contains the
  // headline walks its whole subtree.
  const aboveHeadline = new Set<Element>();
  for (let el = headline; el; el = el.parentElement) aboveHeadline.add(el);
  const holdsHeadline = (el: Element) => aboveHeadline.has(el);
  dropCaptionRepeats(doc);
  for (const el of [...doc.querySelectorAll(CHROME_TAGS.join(','))]) if (!holdsHeadline(el) && !(el.localName === 'form' && wrapsPage(el))) el.remove();
  const prose = byClass ? proseByBox(doc) : new Map<Element, number>();
  const pageProse = doc.body ? (prose.get(doc.body) ?? 0) : 0;
  if (byClass) for (const box of captionedImages(doc, holdsHeadline, prose, pageProse)) box.remove();
  for (const el of [...doc.querySelectorAll('[role],[hidden],[aria-hidden],[style],[class],[id]')]) {
    if (!el.isConnected || CONTAINERS.has(el.localName) || holdsHeadline(el)) continue;
    if (isHidden(el) || SKIP_ROLES.test(el.getAttribute('role') ?? '') || isInlineNote(el)) {
      el.remove();
      continue;
    }
    if (!byClass) continue;
    const names = `${el.getAttribute('class') ?? ''} ${el.getAttribute('id') ?? ''}`;
    const manyProse = (prose.get(el) ?? 0) > PROSE_SHARE * pageProse;
    const mostProse = (prose.get(el) ?? 0) > PRINT_PROSE_SHARE * pageProse;
    if (ALWAYS_SKIP_CLASS.test(names) || ((SKIP_CLASS.test(names) || CAPTION_NAME.test(names)) && !manyProse) || (PRINT_HIDDEN.test(names) && !mostProse)) el.remove();
  }
}

// A picture's caption printed a second time outside its <figcaption>: immersive layouts set the
// caption again in a plain box over the picture as it scrolls past ('<div class="screen-text">The
// harbour road at dusk.</div>'). A run of words equal to a caption's words, long enough to be a
// sentence, is that caption, whatever box holds it.
const CAPTION_REPEAT_CHARS = 25;
const TEXT = 4; // NodeFilter.SHOW_TEXT
const words = (s: string | null) => (s ?? '').replace(/[\s\u00a0]+/g, ' ').trim();
function dropCaptionRepeats(doc: Document): void {
  const captions = doc.querySelectorAll('figcaption');
  if (!captions.length || !doc.body) return;
  // a caption's words whole, and each of its parts (the caption without its credit)
  const said = new Set<string>();
  for (const caption of captions) {
    for (const el of [caption, ...caption.querySelectorAll('*')]) {
      const w = words(el.textContent);
      if (w.length >= CAPTION_REPEAT_CHARS) said.add(w);
    }
  }
  if (!said.size) return;
  const all = [...said];
  // the box holding a run of such words says the caption when its words are a caption's
  // (an entity may part its text: "Duqm" + "’s special economic zone.")
  const boxes = new Set<Element>();
  const walker = doc.createTreeWalker(doc.body, TEXT);
  for (let text = walker.nextNode(); text; text = walker.nextNode()) {
    const w = words(text.textContent);
    const box = text.parentElement;
    if (!w || !box || boxes.has(box) || box.closest('figcaption, h1') || !all.some((c) => c.includes(w))) continue;
    if (said.has(words(box.textContent)) && !box.querySelector('h1')) boxes.add(box);
  }
  for (const box of boxes) box.remove();
}

// A picture and the words set beside it in its own box are a caption, whatever the box is called
// (old table layouts: a <table> of the image's row and the caption's row; a <div> of an <img>
// and a <p>). Told by shape: the first box up from the image that holds any text holds a short
// text and no other image, in a block beside the image's, not around the image inside one
// paragraph (an inline or floated picture in the story's <p> or <div>). A captioned box never
// holds much of the page's prose.
const CAPTION_CHARS = 400;
const IMAGE_BOX_LEVELS = 4;
const CAPTION_BOXES = new Set(['table', 'tbody', 'tr', 'td', 'div', 'figure', 'section', 'dl', 'center']);
function captionedImages(doc: Document, holdsHeadline: (el: Element) => boolean, prose: Map<Element, number>, pageProse: number): Element[] {
  const boxes = new Set<Element>();
  for (const img of doc.querySelectorAll('img')) {
    let box = img.parentElement;
    for (let level = 0; box && level < IMAGE_BOX_LEVELS && !(box.textContent ?? '').trim(); level++) box = box.parentElement;
    if (!box || holdsHeadline(box)) continue;
    if (box.localName === 'p') {
      if (captionLine(box)) boxes.add(box);
      continue;
    }
    if (!CAPTION_BOXES.has(box.localName) || CONTAINERS.has(box.localName)) continue;
    const text = (box.textContent ?? '').trim();
    if (!text || text.length > CAPTION_CHARS || box.querySelectorAll('img').length !== 1) continue;
    // (a heading beside a picture opens a chapter of a feature: "History Galleries / From Slavery
    // to Emancipation" over its diagram)
    if (box.querySelector('h1,h2,h3,h4,h5,h6')) continue;
    // (words of the box's own, not in a block beside the image: a paragraph with a floated picture)
    if ([...box.childNodes].some((n) => n.nodeType === 3 && (n.textContent ?? '').trim())) continue;
    if ((prose.get(box) ?? 0) > PROSE_SHARE * pageProse) continue;
    boxes.add(box);
  }
  return [...boxes];
}

// A picture set in a paragraph of its own with its caption under it, as blog editors write it:
// '<p><img src=...><br><em>The suspect enters the courtroom</em></p>'. The paragraph holds the
// image and one short line in italics or small type, and no words of its own; a story paragraph
// with an inline picture has its words in the paragraph itself.
const CAPTION_LINE_CHARS = 200;
const CAPTION_TYPE = new Set(['em', 'i', 'small', 'span', 'cite']);
function captionLine(p: Element): boolean {
  if ([...p.childNodes].some((n) => n.nodeType === 3 && (n.textContent ?? '').trim())) return false;
  const worded = [...p.children].filter((c) => (c.textContent ?? '').trim());
  if (worded.length !== 1 || !CAPTION_TYPE.has(worded[0].localName) || worded[0].querySelector('img')) return false;
  const text = (worded[0].textContent ?? '').trim();
  return text.length <= CAPTION_LINE_CHARS && p.querySelectorAll('img').length === 1;
}

// A furniture box holds link lists and blurbs; one holding this share of the page's prose is
// the story's own wrapper, whatever its class says.
const PROSE_SHARE = 0.3;
// The publisher's "leave out of the print" mark is trusted further: a right column of blog
// teasers may hold as much prose as a short story; a box holding most of the page's prose is
// the page's own wrapper.
const PRINT_PROSE_SHARE = 0.5;
// A paragraph this long is prose, not a link or a label.
const PROSE_PARAGRAPH = 80;

/**
 * For each box, the characters of prose paragraphs inside it (counted once, up the tree): <p>s,
 * and the long runs of text outside any <p> that older pages break with <br> alone.
 */
function proseByBox(doc: Document): Map<Element, number> {
  const prose = new Map<Element, number>();
  const add = (from: Element, n: number) => {
    for (let el: Element | null = from; el; el = el.parentElement) prose.set(el, (prose.get(el) ?? 0) + n);
  };
  for (const p of doc.querySelectorAll('p')) {
    const n = (p.textContent ?? '').trim().length;
    if (n >= PROSE_PARAGRAPH) add(p, n);
  }
  if (!doc.body) return prose;
  const walker = doc.createTreeWalker(doc.body, 4 /* NodeFilter.SHOW_TEXT */);
  for (let text = walker.nextNode(); text; text = walker.nextNode()) {
    const n = (text.textContent ?? '').trim().length;
    const box = text.parentElement;
    if (n >= PROSE_PARAGRAPH && box && !box.closest('p')) add(box, n);
  }
  return prose;
}

/** The story's <h1>: the longest, since a site logo is often an <h1> too. */
function mainHeadline(doc: Document): Element | null {
  let best: Element | null = null;
  let length = 0;
  for (const h of doc.querySelectorAll('h1')) {
    const n = (h.textContent ?? '').trim().length;
    if (n > length) [best, length] = [h, n];
  }
  return best;
}

function isHidden(el: Element): boolean {
  if (el.hasAttribute('hidden') || el.getAttribute('aria-hidden') === 'true') return true;
  const style = el.getAttribute('style');
  return style !== null && /display\s*:\s*none|visibility\s*:\s*hidden/i.test(style);
}
