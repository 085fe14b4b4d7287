// The story's subtree, found by Readability (Firefox Reader View's scorer: text length,
// commas, link density and class hints, the best block kept with its siblings). It mutates
// the document it is given. Must not know about news furniture or paragraphs.
import { Readability } from '@mozilla/readability';
import { linkedDivsToParagraphs } from './linkedParagraphs';
import { PARAGRAPH_MARK } from './rules';

// Readability retries with looser rules until a candidate holds this many characters; news
// briefs are often shorter than its 500 default.
const ENOUGH_CHARACTERS = 250;

/** The story's root element, or null when Readability finds nothing that reads as prose. */
export function readableRoot(doc: Document): Element | null {
  markBreakRuns(doc);
  markEmptyBreaks(doc);
  linkedDivsToParagraphs(doc);
  const reader = new Readability<Element>(doc, {
    charThreshold: ENOUGH_CHARACTERS,
    serializer: (node) => node as Element,
    // Metadata is read elsewhere (meta/); Readability's JSON-LD pass would only cost time.
    disableJSONLD: true,
  });
  try {
    return reader.parse()?.content ?? null;
  } catch {
    // Readability walks from its best block up to <body> and throws when a block it moved
    // itself is no longer under it (pages with stray <body> tags inside the body); the caller
    // then reads the page's main box, as for a page with no prose block.
    return null;
  }
}

const TEXT_NODE = 3;
const isBreak = (node: Node | null): boolean => node !== null && node.nodeType === 1 && (node as Element).localName === 'br';
/** The sibling after `node`, past white space. */
function nextSolid(node: Node): Node | null {
  let next = node.nextSibling;
  while (next && next.nodeType === TEXT_NODE && !/\S/.test(next.nodeValue ?? '')) next = next.nextSibling;
  return next;
}

// Old table layouts part paragraphs with "<br><br>". Readability turns such a run into a <p>, but
// where the text sits in <font> or table cells it can lose that <p> again, and "Jan. 06,
// 2008<br><br>The day after ..." came out as "2008The day after ...". A paragraph mark left as
// text before each run survives whatever Readability does with the markup.
function markBreakRuns(doc: Document): void {
  for (const br of Array.from(doc.querySelectorAll('br'))) {
    let before = br.previousSibling;
    while (before && before.nodeType === TEXT_NODE && !/\S/.test(before.nodeValue ?? '')) before = before.previousSibling;
    if (!isBreak(before) && isBreak(nextSolid(br))) br.parentNode?.insertBefore(doc.createTextNode(PARAGRAPH_MARK), br);
  }
}

// An empty element between two runs of text is the template's line break. A stray "</p>" in the
// middle of a story's text (pages of the 2000s: "... is in trouble.</p>The male lead ...") is
// an empty paragraph to the parser, which a browser draws as a break and Readability drops as
// empty; a CMS's break component is an empty span styled as a block ("several
// years.<span class="br"></span>A series ..."). Either way the words ran together ("years.A").
// An empty block always parts the runs; an empty inline element only where a sentence closes
// right before it and the next opens with a capital, as no sentence runs on across a tag there
// (an empty anchor or icon inside a sentence stays inline).
const EMPTY_BLOCK = new Set(['p', 'div']);
const SENTENCE_CLOSED = /[.!?…]["'”’)]?$/;
const SENTENCE_OPENS = /^["'“‘(]?\p{Lu}/u;
const MAX_EMPTY = 2000;

/** The text of the solid sibling just before or after `node` (past white space), or '' where a block stands there. */
function siblingText(node: Node, after: boolean): string {
  let at = after ? node.nextSibling : node.previousSibling;
  while (at && at.nodeType === TEXT_NODE && !/\S/.test(at.nodeValue ?? '')) at = after ? at.nextSibling : at.previousSibling;
  if (!at || (at.nodeType === 1 && BLOCKISH.has((at as Element).localName))) return '';
  return (at.textContent ?? '').trim();
}
const BLOCKISH = new Set(['p', 'div', 'br', 'table', 'ul', 'ol', 'li', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'blockquote', 'section', 'figure', 'hr']);

/** Marks the empty elements that stand for a break (called on every copy of the page a reading parts into paragraphs). */
export function markEmptyBreaks(doc: Document): void {
  for (const el of Array.from(doc.querySelectorAll('p:empty, div:empty, span:empty')).slice(0, MAX_EMPTY)) {
    const before = siblingText(el, false);
    const after = siblingText(el, true);
    if (!before || !after) continue;
    if (!EMPTY_BLOCK.has(el.localName) && !(SENTENCE_CLOSED.test(before) && SENTENCE_OPENS.test(after))) continue;
    el.parentNode?.insertBefore(doc.createTextNode(PARAGRAPH_MARK), el);
  }
}
