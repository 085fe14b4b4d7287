// The release day a press-release wire sets in its dateline, in the bracketed forms the wires
// use: "SAN FRANCISCO, CA--(Marketwired - April 06, 2016) - Segment ..." (the wire's name, a
// dash and the day in brackets), "BOSTON, April 6, 2016 (GLOBE NEWSWIRE) -- Acme ...",
// "AUSTIN, Texas, May 2, 2019 (BUSINESS WIRE) -- ...", "(ACCESSWIRE) --" (the day, then the wire's
// name in brackets and a dash). The day is the release's, no happening it tells ("today released
// ..." is dated by its own word). The slashed forms ("/PRNewswire/ --") are stamps.ts's. Must not
// know about labels, statuses or how timexes were found.
import type { Timex } from '../document';

const WIRE = String.raw`(?:Marketwired?|GLOBE\s+NEWSWIRE|Globe\s+Newswire|BUSINESS\s+WIRE|Business\s+Wire|ACCESSWIRE|Accesswire|PRNewswire|PR\s+Newswire|PRWEB|PRWeb|CNW|Newsfile(?:\s+Corp\.?)?|EIN\s+Presswire|EINPresswire)`;
// "(Marketwired - April 06, 2016)"
const WIRE_BEFORE = new RegExp(String.raw`\(\s*${WIRE}\s*[-–—]+\s*$`);
const CLOSE_AFTER = /^\s*\)/;
// "April 6, 2016 (GLOBE NEWSWIRE) --"
const WIRE_AFTER = new RegExp(String.raw`^\s*\(\s*${WIRE}\s*\)\s*(?:--|[-—–])`);

/** Whether `timex` is the day of a press-release wire's bracketed dateline (see above). */
export function pressWire(text: string, timex: Timex): boolean {
  return (WIRE_BEFORE.test(text.slice(Math.max(0, timex.start - 24), timex.start)) && CLOSE_AFTER.test(text.slice(timex.end, timex.end + 3))) || WIRE_AFTER.test(text.slice(timex.end, timex.end + 28));
}
