// The story's subtree, found by Readability (Firefox Reader View's scorer: text length,
// commas, link density and class hints, the best block kept with its siblings). It mutates
// the document it is given. Must not know about news furniture or paragraphs.
import { Readability } from '@mozilla/readability';

// Readability retries with looser rules until a candidate holds this many characters; news
// briefs are often shorter than its 500 default.
const ENOUGH_CHARACTERS = 250;

/** The story's root element, or null when Readability finds nothing that reads as prose. */
export function readableRoot(doc: Document): Element | null {
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
