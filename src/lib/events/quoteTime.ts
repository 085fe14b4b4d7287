// "“I spoke to him yesterday,” Smith said on Monday": a speaker's "yesterday" counts from when
// they spoke, not from when the story was published. News dates the quote in its attribution
// ("said on Monday", "wrote on Sunday: “...”"); when it does, a day word inside the quote moves
// with it. Must not know how labels are written; reads only the timexes it is given.
import type { Timex } from '../document';
import { timexRange, type TimexRange } from '../temporal/range';
import { attributionSpans, leavesQuoteOpen } from './speaker';

// Words that count from the moment of speaking, with a clock time or a part of the day told
// beside them ("“We were to finalize the merger at midnight tonight,” a spokesman told the paper
// late last night", "at 9 a.m. tomorrow", "early this morning", "tonight at eight"): the clock
// is the speaker's as much as the day word is.
const DAY_WORD = String.raw`(?:yesterday|today|tonight|tomorrow|last\s+night|this\s+(?:morning|afternoon|evening))`;
const CLOCK = String.raw`(?:midnight|noon|\d{1,2}(?:[:.]\d\d)?\s*(?:[ap]\.?m\.?|o['’]clock))`;
const DEICTIC = new RegExp(String.raw`^(?:(?:at\s+)?${CLOCK}\s+|(?:early|late|earlier|later)\s+)?${DAY_WORD}(?:\s+at\s+${CLOCK})?$`, 'i');
const DAY_MS = 86_400_000;
// A quote dated more than two weeks before the story is a memory recalled, not today's words.
const FARTHEST = 14;

const epoch = (day: string) => Date.parse(`${day}T00:00:00Z`) / DAY_MS;
const dayOf = (n: number) => new Date(n * DAY_MS).toISOString().slice(0, 10);
// (a day's value may carry its part of the day: "last night" is 2024-05-11TNI, still that day)
const DAY_OF_VALUE = /^(\d{4}-\d{2}-\d{2})(?:T(?:MO|MI|AF|EV|NI|DT|\d{2}:\d{2}(?::\d{2})?))?$/;
const dayValue = (t: Timex) => (t.type === 'DATE' || t.type === 'TIME' ? (DAY_OF_VALUE.exec(t.value)?.[1] ?? null) : null);

// The day a quote's attribution dates it: "said on Monday", "told the radio station over the
// weekend" (a weekend is its first day: what the speaker calls "last night" is no later than the
// Friday's). A longer period ("told reporters last month") dates no day to count from.
function saidOn(t: Timex): string | null {
  const day = dayValue(t);
  if (day) return day;
  if (t.type !== 'DATE' || !/-WE$/.test(t.value)) return null;
  return timexRange(t)?.start ?? null;
}

// A story stamped in the small hours was written the evening before: when its lead dates the
// news on that day ("advanced to the second round on Tuesday" in a page of 00:55 on Wednesday),
// the words it quotes were spoken then, and their "today" or "this morning" is that day.
const SMALL_HOURS = /T0[0-4]:/;
const LEAD_REACH = 400;
function nightBefore(text: string, timexes: readonly Timex[], published: string): string | null {
  if (!SMALL_HOURS.test(published)) return null;
  const before = dayOf(epoch(published.slice(0, 10)) - 1);
  const lead = timexes.find((t) => t.start < LEAD_REACH && dayValue(t) !== null);
  return lead && dayValue(lead) === before ? before : null;
}

// A story that dates its news to a day gone ("Chris Christie quit the race on Wednesday" in
// Thursday's paper, "broke down last night") quotes what was said that day: an attribution
// without a day of its own ("telling a town hall meeting ...: “I'm suspending my campaign
// tonight”", "said Pratt") speaks from the lead's day. Only a lead of the day before or the one
// before that (a paper's news of yesterday, a Monday's of the weekend): a feature that opens on
// "Tuesday's earthquake" six days back quotes its rescuers on later days. (A page's stamp line,
// "Politics / January 11, 2024", is no lead.)
const LEAD_DAYS = 2;
function leadDay(text: string, timexes: readonly Timex[], published: string, quoteAt: number): string | null {
  const lead = timexes.find((t) => t.start < Math.min(LEAD_REACH, quoteAt) && dayValue(t) !== null && !onStampLine(text, t) && !inQuote(text, t));
  const day = lead && dayValue(lead);
  if (!day) return null;
  const back = epoch(published.slice(0, 10)) - epoch(day);
  return back >= 1 && back <= LEAD_DAYS ? day : null;
}
const inQuote = (text: string, t: Timex) => leavesQuoteOpen(text.slice(text.lastIndexOf('\n', t.start - 1) + 1, t.start));
function onStampLine(text: string, t: Timex): boolean {
  const start = text.lastIndexOf('\n', t.start - 1) + 1;
  const end = text.indexOf('\n', t.end);
  const rest = `${text.slice(start, t.start)} ${text.slice(t.end, end < 0 ? text.length : end)}`;
  return (rest.match(/\p{L}+/gu) ?? []).length <= 4;
}

/** `range` moved to count from the day the quote was spoken, when the attribution dates it (or the story's lead, when the attribution gives no day). */
export function fromSpeaking(text: string, timex: Timex, range: TimexRange, timexes: readonly Timex[], published: string): TimexRange {
  if (!DEICTIC.test(timex.text.trim().replace(/\s+/g, ' ')) || range.start !== range.end) return range;
  const spans = attributionSpans(text, timex.start);
  if (!spans.length) return range;
  // (a part of a day gone is a day too, "told the paper late last night"; a clock alone, "said at
  // 7 p.m.", dates no other day)
  const published10 = published.slice(0, 10);
  const dates = spans.map((span) => timexes.filter((t) => t.start >= span.start && t.end <= span.end && (t.type === 'DATE' || (t.type === 'TIME' && (dayValue(t) ?? published10) !== published10))));
  const said = dates.map((inSpan) => inSpan.map(saidOn).find((day) => day !== null)).find((day) => day !== undefined);
  // (an attribution dated by a longer period, "told a radio show last month", is not the lead's day)
  const undated = dates.every((inSpan) => inSpan.length === 0);
  // (an attribution dated to publication's own day shifts nothing, and may be the writer's
  // "today" of the evening before)
  const spoken = said && said !== published.slice(0, 10) ? said : (nightBefore(text, timexes, published) ?? said ?? (undated ? leadDay(text, timexes, published, Math.max(text.lastIndexOf('“', timex.start), text.lastIndexOf('"', timex.start))) : null));
  if (!spoken) return range;
  const shift = epoch(spoken) - epoch(published.slice(0, 10));
  if (shift >= 0 || shift < -FARTHEST) return range;
  const day = dayOf(epoch(range.start!) + shift);
  return { ...range, start: day, end: day };
}
