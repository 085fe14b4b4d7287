// "Hours later, he led investigators to the body", "Minutes later, the minister added a post",
// "Sure enough, days later, the chief of staff said ...": a story told in order counts its next
// step from the one it has just told, and when the count has no number ("hours", "days", "a few
// weeks") the tagger gives it no day. A reader puts the step a little after the happening the
// sentences just before dated: minutes, moments or hours later the same day, days later one to
// ten days on, weeks later one to six weeks on; a past step never after the day of writing. Only
// such a bare count right before "later" and only from a single day told just before (the
// caller's: the last dated event of the last three sentences); a count with a number ("two days
// later") is the tagger's to anchor. Must not know about labels or statuses.
import type { Timex } from '../document';
import type { TimexRange } from '../temporal/range';
import type { Span } from '../analysis';
import { shiftDay } from '../temporal/calendar';

// the tagger's bare counts: PTXM minutes, PTXH hours, PTXS seconds or moments, PXD days, PXW weeks
const BARE_COUNT = /^PT?X([SMHDW])$/;
// the count closes on "later" ("days later", "a few hours later on"), not "later than planned"
const LATER = /^\s+later\b(?!\s+than\b)/i;
// a step ahead of the day of writing is a plan's, which these words do not tell ("would" is a
// story's future in the past: "Hours later, the police would find ...")
const AHEAD = /\b(?:will|shall|[’']ll)\b/i;

/** The words and days of a step counted "later" from `told`, the happening just told, or null. */
export function stepLater(text: string, span: Span, timexes: readonly Timex[], told: TimexRange, published: string): { timex: Timex; range: TimexRange } | null {
  if (told.granularity !== 'day' || told.start !== told.end) return null;
  const count = timexes.find((t) => t.type === 'DURATION' && t.start >= span.start && t.end <= span.end && BARE_COUNT.test(t.value) && LATER.test(text.slice(t.end, t.end + 16))) ?? moments(text, span);
  if (!count) return null;
  const today = published.slice(0, 10);
  if (told.start > today || AHEAD.test(text.slice(span.start, span.end))) return null;
  const unit = BARE_COUNT.exec(count.value)![1];
  const [from, to] = unit === 'D' ? [1, 10] : unit === 'W' ? [7, 42] : [0, 0];
  const start = shiftDay(told.start, from);
  if (start > today) return null;
  const end = shiftDay(told.start, to) > today ? today : shiftDay(told.start, to);
  const words = LATER.exec(text.slice(count.end, count.end + 16))!;
  const timex: Timex = { start: count.start, end: count.end + words[0].length, text: text.slice(count.start, count.end + words[0].length), type: 'DATE', value: start };
  return { timex, range: { start, end, granularity: 'day' } };
}

// "Moments later, the roof gave way": the tagger leaves "moments" alone; it is a count of seconds
const MOMENTS = /\b(?:(?:just|only|mere|a\s+few)\s+)?moments(?=\s+later\b)/i;
/** A cheap first look for a sentence with no timex: the untagged count this file reads. */
export const MOMENTS_LATER = /\bmoments\s+later\b/i;
function moments(text: string, span: Span): Timex | undefined {
  const m = MOMENTS.exec(text.slice(span.start, span.end));
  if (!m) return undefined;
  const start = span.start + m.index;
  return { start, end: start + m[0].length, text: m[0], type: 'DURATION', value: 'PTXS' };
}
