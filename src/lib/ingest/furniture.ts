// Page furniture: the lines a copied web page drags along that are not reporting ("COMMENTS",
// "Share this article", "Related: ...", "Advertisement"). Plain-text offsets must index the
// file, so furniture is never cut out of the text; this module only says where it is, and the
// events stage ignores sentences inside it. Must not know about sentences or events.

import { isFurnitureLine, isNewsFurniture } from './templateLines';
import { commentThreadStart } from './commentThread';

export { isFurnitureLine } from './templateLines';

export interface Span {
  start: number;
  end: number;
}

// A line short enough, and without a full stop, to be a headline in a "Related" list: link
// lists never end in a period, reporting does.
const SHORT_LINE = 100;
const ENDS_SENTENCE = /[.!?…]["'”’)]?$/;

interface Line {
  start: number;
  end: number;
  text: string;
}

function lines(text: string): Line[] {
  const out: Line[] = [];
  let start = 0;
  while (start <= text.length) {
    let end = text.indexOf('\n', start);
    if (end < 0) end = text.length;
    out.push({ start, end, text: text.slice(start, end) });
    start = end + 1;
  }
  return out;
}

/**
 * Where furniture sits in `text`: the trailing block (from the first furniture label after
 * which only labels, blank lines and short headline-like lines follow, or from a reader
 * comment thread's first mark, whichever comes first) and any furniture line standing alone
 * elsewhere ("Advertisement" between paragraphs). Sorted, non-overlapping.
 */
export function furnitureSpans(text: string): Span[] {
  const all = lines(text);
  // Walk back over the trailer: labels, blanks and short lines (the headlines a "Related:"
  // label introduces). Short lines before the first label stay content.
  let trailStart = all.length;
  let firstLabel = -1;
  for (let i = all.length - 1; i >= 0; i--) {
    const t = all[i].text.trim();
    if (isFurnitureLine(t)) firstLabel = i;
    else if (t.length > SHORT_LINE || ENDS_SENTENCE.test(t)) break;
    trailStart = i;
  }
  const spans: Span[] = [];
  const blockFrom = firstLabel >= 0 && firstLabel >= trailStart ? firstLabel : all.length;
  for (let i = 0; i < blockFrom; i++) {
    if (isNewsFurniture(all[i].text.trim())) spans.push({ start: all[i].start, end: all[i].end });
  }
  const trailer = blockFrom < all.length ? all[blockFrom].start : text.length;
  const thread = commentThreadStart(text) ?? text.length;
  const end = Math.min(trailer, thread);
  const kept = spans.filter((s) => s.end <= end);
  if (end < text.length) kept.push({ start: end, end: text.length });
  return kept;
}
