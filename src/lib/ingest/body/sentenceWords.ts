// Words inside a sentence are the sentence's, whatever the markup around them is called. A CMS
// wraps a name, a term or a link in an inline element whose class reads like furniture to the
// class rules ('a survey by <span class="tooltip">the port authority</span> found ...', '<a
// class="share-link">', '<b class="social">', '<strong class="caption">'); dropping the element
// left "a survey by found". Such an element loses its class and id before any rule reads them,
// so neither prune.ts nor Readability takes it. Must not know about scoring or metadata.
import { ALWAYS_SKIP_CLASS, CAPTION_NAME, isInlineNote, SKIP_CLASS } from './rules';

// Elements that sit in the run of a sentence (phrasing content).
const INLINE = new Set(['a', 'span', 'b', 'strong', 'em', 'i', 'u', 'font', 'small', 'abbr', 'cite', 'q', 'mark', 'time', 'sup', 'sub', 'dfn', 'var', 'ins', 'del', 's', 'tt', 'big', 'acronym']);
// Read as inline when the words continue through them; anything else ends the run.
const BLOCK_BOUNDARY = /^(?:p|div|section|article|main|h[1-6]|li|ul|ol|blockquote|pre|br|hr|tr|td|th|table|dd|dt|dl|address|body|summary|details|figure|figcaption|header|footer|aside|nav|img|iframe|button)$/;
// The words before run on into the element: a lower-case word, no sentence, label or list item
// closing there ("said the <span>", "by <a>", "as the port's <em>"; not "Emma Stone, <a>Musical</a>,"
// in a tag list, nor a byline's "@handle <time>").
const RUNS_ON = /\p{Ll}{2,}[’'"”]?\s*$/u;
// The words after carry on the same sentence: a lower-case word or a sentence's punctuation (not
// a count: "137 comments").
const CARRIES_ON = /^(?:\p{Ll}|[,.;:!?’'"”)\]](?:\s|$))/u;
// the element's own words: a footnote's "[2]" is a marker, not words
const WORDED = /\p{L}{2,}/u;
// A story's paragraph, not a byline or stamp line ("Posted by <span class="author">…</span> at 3pm").
const PROSE_CHARS = 80;
const NEAR = 40;

const TEXT_NODE = 3;
const ELEMENT_NODE = 1;

/**
 * The text just before (or after) `el` inside its paragraph, up to NEAR characters; '' at a block
 * edge, and '' where the nearest words are another element's (a bar of buttons, "<span>link</span>
 * <span class="share">Share</span> <span>bookmark</span>", is no sentence: a sentence's words
 * stand as text beside the element).
 */
function nearText(el: Element, after: boolean): string {
  let out = '';
  for (let node: Node = el; node.parentNode; node = node.parentNode) {
    const parent = node.parentNode as Element;
    if (parent.nodeType !== ELEMENT_NODE || !INLINE.has(parent.localName)) {
      // the paragraph's own siblings of this run
      for (let at = after ? node.nextSibling : node.previousSibling; at; at = after ? at.nextSibling : at.previousSibling) {
        if (at.nodeType === ELEMENT_NODE && (BLOCK_BOUNDARY.test((at as Element).localName) || (at as Element).querySelector('br,p,div,img,table,ul,ol'))) return out;
        if (at.nodeType !== TEXT_NODE && at.nodeType !== ELEMENT_NODE) continue;
        const t = at.textContent ?? '';
        if (!out.trim() && t.trim() && at.nodeType !== TEXT_NODE) return out;
        out = after ? out + t : t + out;
        if (out.trim().length >= NEAR) return out;
      }
      return out;
    }
    for (let at = after ? node.nextSibling : node.previousSibling; at; at = after ? at.nextSibling : at.previousSibling) {
      if (at.nodeType === ELEMENT_NODE && BLOCK_BOUNDARY.test((at as Element).localName)) return out;
      const t = at.textContent ?? '';
      if (!out.trim() && t.trim() && at.nodeType !== TEXT_NODE) return out;
      out = after ? out + t : t + out;
      if (out.trim().length >= NEAR) return out;
    }
  }
  return out;
}

/** The nearest ancestor that is not inline: the paragraph holding the run. */
function paragraphOf(el: Element): Element | null {
  let at = el.parentElement;
  while (at && INLINE.has(at.localName)) at = at.parentElement;
  return at;
}

/** True when `el` is an inline element whose words sit inside a sentence of a prose paragraph. */
export function inSentence(el: Element): boolean {
  if (!INLINE.has(el.localName)) return false;
  if (el.querySelector('br,p,div,img,table,ul,ol,li,h1,h2,h3,h4,h5,h6,iframe')) return false;
  const words = (el.textContent ?? '').trim();
  if (!WORDED.test(words)) return false;
  const before = nearText(el, false).replace(/[\s\u00a0]+$/, '');
  const after = nearText(el, true).replace(/^[\s\u00a0]+/, '');
  if (!before || !after || !RUNS_ON.test(before) || !CARRIES_ON.test(after)) return false;
  const paragraph = paragraphOf(el);
  return paragraph !== null && (paragraph.textContent ?? '').trim().length >= PROSE_CHARS;
}

/** Strips furniture-sounding class and id names from inline elements inside a sentence. */
export function keepSentenceWords(doc: Document): void {
  for (const el of [...doc.querySelectorAll('[class],[id]')]) {
    if (!INLINE.has(el.localName)) continue;
    const names = `${el.getAttribute('class') ?? ''} ${el.getAttribute('id') ?? ''}`;
    if (!(ALWAYS_SKIP_CLASS.test(names) || SKIP_CLASS.test(names) || CAPTION_NAME.test(names))) continue;
    // (a long note shown on hover is an aside, not the sentence's words: prune.ts takes it)
    if (isInlineNote(el) || !inSentence(el)) continue;
    el.removeAttribute('class');
    el.removeAttribute('id');
  }
}
