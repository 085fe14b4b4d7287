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
