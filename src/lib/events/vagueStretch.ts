// A vague stretch counted from the day of writing that countedSpan.ts leaves undated:
// "has over the past few months repeatedly warned", "In the last two or three years, collectors
// started to notice", "might send officers in the days ahead", "would meet rebel leaders in
// coming days, he noted". News tells with these what went on lately or is to come soon, and a
// reader puts them on the timeline as a band ending (or starting) at the day of writing.
// Read only where countedSpan.ts found nothing. Must not know about labels, clauses or statuses.
// (Years without a count, "in recent years", "the past few years", stay out: they tell a trend
// or an era as often as a happening, as countedSpan.ts notes.)
import type { Timex } from '../document';
import type { TimexRange } from '../temporal/range';
import { addDays, addMonths, formatDay, parseDay } from '../temporal/calendar';

type Unit = 'days' | 'weeks' | 'months' | 'years';

// "the past few months", "the last several weeks": a few is read as up to a week of days, four
// weeks or three months back
const FEW_BACK = /^(?:the\s+)?(?:past|last)\s+(?:few|several|couple\s+of)\s+(days|weeks|months)$/i;
// "the last two or three years", "the past four or five months": the larger count (the tagger
// may leave "the last" out of its words)
const EITHER_BACK = /^(?:(?:the\s+)?(?:past|last)\s+)?(?:\w+)\s+(?:or|to)\s+(\d+|two|three|four|five|six|seven|eight|nine|ten|twelve)\s+(days|weeks|months|years)$/i;
// (with its article or a preposition: "the hearings will last two or three days" is a length)
const BACK_BEFORE = /(?:\bthe|\b(?:over|in|during|for|within))\s+(?:past|last)\s+$/i;
const NUMBER: Record<string, number> = { two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, twelve: 12 };
const FEW_REACH: Record<Exclude<Unit, 'years'>, [number, 'day' | 'month']> = { days: [7, 'day'], weeks: [28, 'day'], months: [3, 'month'] };
const GRAIN: Record<Unit, TimexRange['granularity']> = { days: 'day', weeks: 'week', months: 'month', years: 'year' };

// "in the days ahead", "in coming days", "over the next several years", "the upcoming weeks"
const AHEAD = /^(?:the\s+)?(?:(?:coming|upcoming|next\s+few|next\s+several)\s+(days|weeks|months|years)|(days|weeks|months|years)\s+ahead)$/i;
// how far each stretch ahead reaches (as countedSpan.ts's COMING_REACH: ten days, four weeks,
// three months, three years)
const AHEAD_REACH: Record<Unit, [number, 'day' | 'month']> = { days: [10, 'day'], weeks: [28, 'day'], months: [3, 'month'], years: [36, 'month'] };
// what is to come, in the words before the stretch: a future, a possibility, a plan
const TO_COME = /\b(?:will|shall|might|may|could|(?:is|are)\s+(?:\w+ly\s+)?(?:due|scheduled|expected|set|slated|poised|going|planning|likely)\s+to|plans?\s+to|intends?\s+to|expects?|is\s+to|are\s+to)\b|['’]ll\b/i;
// "would" looks ahead from now where the sentence reports a saying ("He noted that the minister
// would meet ...", "... would mean slower growth in the coming years," he said); in a story told
// in the past ("over the coming days, more women would come forward") it looks ahead from then
const WOULD = /\bwould\b/i;
const SAYING = /\b(?:said|says|told|tells|noted|notes|added|announced|warned|predicted|expected|hopes?|hoped|believes?|believed|thinks?|thought|insisted|stressed|reported|according\s+to)\b/i;

const from = (published: string, kind: 'day' | 'month', n: number) => {
  const today = parseDay(published);
  return formatDay(kind === 'day' ? addDays(today, n) : addMonths(today, n));
};

/** The band of a vague stretch back to, or on from, the day of writing, or null. `sentence`:
 * the stretch's sentence, whose words before it (and, for a reported "would", after it) are read. */
export function vagueStretch(text: string, timex: Timex, published: string, sentence: { start: number; end: number }): TimexRange | null {
  const words = timex.text.trim().replace(/\s+/g, ' ');
  const day = published.slice(0, 10);
  const few = FEW_BACK.exec(words);
  if (few) {
    const unit = few[1].toLowerCase() as Exclude<Unit, 'years'>;
    const [n, kind] = FEW_REACH[unit];
    return { start: from(day, kind, -n), end: day, granularity: GRAIN[unit] };
  }
  const either = EITHER_BACK.exec(words);
  if (either && (/^the\s+(?:past|last)\s/i.test(words) || BACK_BEFORE.test(text.slice(Math.max(0, timex.start - 20), timex.start + (/^(?:past|last)\s/i.test(words) ? 5 : 0))))) {
    const unit = either[2].toLowerCase() as Unit;
    const count = Number(either[1]) || NUMBER[either[1].toLowerCase()];
    const n = unit === 'days' ? count : unit === 'weeks' ? count * 7 : unit === 'months' ? count : count * 12;
    return { start: from(day, unit === 'days' || unit === 'weeks' ? 'day' : 'month', -n), end: day, granularity: GRAIN[unit] };
  }
  const ahead = AHEAD.exec(words);
  if (!ahead) return null;
  const before = text.slice(sentence.start, timex.start);
  const reported = WOULD.test(before) && SAYING.test(text.slice(sentence.start, sentence.end));
  if (!TO_COME.test(before) && !reported) return null;
  const unit = (ahead[1] ?? ahead[2]).toLowerCase() as Unit;
  const [n, kind] = AHEAD_REACH[unit];
  return { start: from(day, 'day', 1), end: from(day, kind, n), granularity: GRAIN[unit] };
}
