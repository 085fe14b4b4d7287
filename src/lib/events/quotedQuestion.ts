// A question that is only quoted: "It all started last week when a few of us wondered on a web
// board, 'should there be a benefit gig?'", "In May, she posted a photo with the caption 'Ready
// for camp?'", "When the crew put in the tape this week, the safety turned and asked, 'Is this a
// highlight reel?'". News tells a question put by someone inside the narration of what they
// did; the date stands in the narration, outside the quotation, and the narration tells it as
// done. A question is the date's own only when the quotation holding it opened before the date
// ("'Will you sign on Friday?' he asked") or there is none. Must not know about labels or
// statuses.
import type { Timex } from '../document';

// an opening quote mark: a curly one, or a straight one after a space, a bracket or a stop
const OPENING = /[“‘]|(?<=^|[\s(:,—–-])["']/g;

/** Whether the first question mark after `timex` (before the sentence's end) stands inside a
 * quotation that opens after the date. */
export function questionQuotedAfter(text: string, timex: Timex): boolean {
  const after = text.slice(timex.end, timex.end + 240);
  const asked = /^[^.!?]*\?/.exec(after);
  if (!asked) return false;
  const upTo = asked[0];
  OPENING.lastIndex = 0;
  // (the quotation closes after the question mark, before long: "that What's So Funny 'Bout Peace
  // ... is a Nick Lowe song?" holds an apostrophe of a cut word, no quotation)
  const rest = text.slice(timex.end + upTo.length, timex.end + upTo.length + 120);
  for (let m = OPENING.exec(upTo); m; m = OPENING.exec(upTo)) {
    const inside = upTo.slice(m.index + 1);
    if (!closes(m[0], inside) && closes(m[0], `?${rest}`)) return true;
  }
  return false;
}

/** Whether the quotation opened by `mark` closes within `inside` (a mark after a word and
 * before no letter: "it’s" holds an apostrophe, not a closing mark). */
function closes(mark: string, inside: string): boolean {
  if (mark === '“') return inside.includes('”');
  if (mark === '"') return inside.includes('"');
  const single = mark === '‘' ? /’(?!\p{L})/u : /(?<=\S)'(?!\p{L})/u;
  return single.test(inside);
}
