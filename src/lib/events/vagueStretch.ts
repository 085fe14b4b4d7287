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
import { addDays, addMonths, formatDay, lastDayOfMonth, parseDay } from '../temporal/calendar';

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

// "came back to the hospitality industry several years ago", "the risky behavior that crashed our
// economy just a few years ago": a vague count of years back from the day of writing is told of a
// happening (every such "ago" of the development gold is an event), and a reader puts it on the
// timeline as a band of years before the day of writing, as countedSpan.ts's AGO does for days,
// weeks and months: "a few" two to five years back, "several" three to nine. (The tagger gives
// them a decade with its last digit unknown, "202X", which dates nothing; "several years
// earlier" is counted from the story's moment and is left out.)
const YEARS_AGO = /^(a\s+few|several)\s+years\s+ago$/i;
const YEARS_AGO_REACH: Record<string, [number, number]> = { few: [2, 5], several: [3, 9] };

// "Imports in the first two months of the year totalled 1.8 billion dlrs", "The deficit of 450 mln
// dlrs in the first two months of 1987": the wire's running total of a year so far, which the
// tagger reads as a length (P2M). It is the year's first months, January to the last of them,
// of the year named or, for "the year", of the year of writing. ("the first 50 days of fiscal
// 1988" is a fiscal period, left alone.)
const FIRST_MONTHS = /^(?:the\s+)?first\s+(\w+)\s+months\s+of\s+(?:the\s+year|((?:19|20)\d\d))$/i;

/** Whether the words are a year's first months ("the first two months of 1987"): a period of
 *  the calendar, which dates its noun as a month does, not a length. */
export const yearsFirstMonths = (t: Timex): boolean => FIRST_MONTHS.test(t.text.trim().replace(/\s+/g, ' '));

/** The band of a vague stretch back to, or on from, the day of writing, or null. `sentence`:
 * the stretch's sentence, whose words before it (and, for a reported "would", after it) are read. */
export function vagueStretch(text: string, timex: Timex, published: string, sentence: { start: number; end: number }): TimexRange | null {
  const words = timex.text.trim().replace(/\s+/g, ' ');
  const day = published.slice(0, 10);
  const first = FIRST_MONTHS.exec(words);
  const months = first ? countOf(first[1]) : 0;
  if (first && months >= 2 && months <= 11) {
    const year = first[2] ?? day.slice(0, 4);
    return { start: `${year}-01-01`, end: lastDayOfMonth(`${year}-${String(months).padStart(2, '0')}-01`), granularity: 'month' };
  }
  const yearsAgo = YEARS_AGO.exec(words);
  if (yearsAgo) {
    const [near, far] = YEARS_AGO_REACH[/^a\s+few$/i.test(yearsAgo[1]) ? 'few' : 'several'];
    const year = Number(day.slice(0, 4));
    return { start: `${year - far}-01-01`, end: `${year - near}-12-31`, granularity: 'year' };
  }
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

// A count of years ahead, told of what is to come: "could be in as little as ten years", "its
// reserves are expected to run out in some 15 years", "will go mainstream in three to five
// years", "output could rise ... within two years and reach ... within a decade", and a count
// that opens its clause ahead of a future ("In just 63 days, the final votes will be cast").
// News dates a forecast or a plan so; a reader puts it on the timeline as the year it lands in
// (or, for "within", the band up to it). countedSpan.ts places years ahead only on a timetable;
// this is read where it found nothing. A single year ("will be held within a year") is a
// length; a yardstick ("the first cuts in eight years") and a length told of the past ("lost
// 130 pounds in two years") date nothing.
const COUNT_BEFORE = /\b(in|within)\s+["“]?(?:(?:as\s+(?:little|few)\s+as|some|about|around|roughly|just|only|another|less\s+than|under)\s+)?$/i;
const YARDSTICK = /\b(?<!\bat\s)(?:\w+est|most|least|first|only|record)\b[^.;,]{0,60}$/i;
const NUMBER_WORD: Record<string, number> = { ...NUMBER, one: 1, eleven: 11, fifteen: 15, twenty: 20, thirty: 30, fifty: 50 };
const UNIT_OF: Record<string, [number, 'day' | 'month', TimexRange['granularity']]> = { D: [1, 'day', 'day'], W: [7, 'day', 'week'], M: [1, 'month', 'month'], Y: [12, 'month', 'year'], DE: [120, 'month', 'year'] };
// "two or three days", "four to six weeks": a pair of counts the tagger reads as one vague length
const EITHER_COUNT = /^(\d+|[a-z]+)\s+(?:or|to)\s+(\d+|[a-z]+)\s+(?:days|weeks|months|years)$/i;
const countOf = (word: string): number => Number(word) || NUMBER_WORD[word.toLowerCase()] || 0;
// the future after a fronted count: "In two years, they'll be ..."
const FUTURE_AFTER = /^\s*,\s*[^.;!?]{0,60}?(?:\b(?:will|shall|could|might|may)\b|['’]ll\b)/i;

/** The year a count of years ahead lands in (a band up to it after "within"), or a fronted
 * count's day, month or year; null where the clause does not look ahead. */
export function countAhead(text: string, timex: Timex, published: string, sentence: { start: number; end: number }): TimexRange | null {
  // ("in two or three days": the tagger reads the pair as one vague length, PXD)
  const pair = /^PX([DWMY])$/.test(timex.value) ? EITHER_COUNT.exec(timex.text.trim()) : null;
  const v = pair ? [timex.value, String(countOf(pair[1])), timex.value.slice(2)] : /^P(\d+)(DE|[DWMY])$/.exec(timex.value);
  // ("within three years of the merger": counted from another happening)
  if (!v || /^(?:the|next|coming|past|last)\b/i.test(timex.text) || /^\s+(?:of|after|from|since|following|before)\b/i.test(text.slice(timex.end, timex.end + 12))) return null;
  const before = text.slice(sentence.start, timex.start);
  const lead = COUNT_BEFORE.exec(before);
  if (!lead) return null;
  const [per, kind, granularity] = UNIT_OF[v[2]];
  const years = granularity === 'year';
  // (the count opens its clause: the sentence's start, a quote's, a comma's, or "that")
  const opens = /(?:^|[.!?"“:;,—]|\bthat)\s*$/i.test(before.slice(0, lead.index));
  const fronted = opens && FUTURE_AFTER.test(text.slice(timex.end, sentence.end));
  // (the future in the count's own clause: in "'Our goal is to end stagnation,' he said, holding
  // out hope for a balanced budget in six years" the plan is another clause's)
  const clause = before.slice(0, lead.index).split(/[,;:]/).pop() ?? '';
  // (a question's "would" asks about the future, "Asked how the firm would be viewed in five years")
  const reported = WOULD.test(clause) && !/\b(?:asked|how|whether|if)\b/i.test(clause) && SAYING.test(text.slice(sentence.start, sentence.end));
  // "in three to five years": the tagger gives the first count its own timex
  const upTo = /^\s+(?:to|or|-)\s+(\d+|[a-z]+)\s+(?:days|weeks|months|years|decades)\b/i.exec(text.slice(timex.end, timex.end + 24));
  const far = pair ? countOf(pair[2]) : upTo ? countOf(upTo[1]) : undefined;
  // ("within 30 to 60 days of someone submitting a claim": the far count, too, may be counted from another happening)
  if (upTo && /^\s+(?:of|after|from|since|following|before)\b/i.test(text.slice(timex.end + upTo[0].length, timex.end + upTo[0].length + 12))) return null;
  // (a pair of counts of any unit, "would be able to leave hospital in two or three days", "would
  // be excavated in four to six weeks", is told of a date ahead; a single count of days, weeks or
  // months only where it opens its clause ahead of a future: "will be held in two weeks" reads
  // as a length as often)
  if (!fronted && ((!years && far === undefined) || !(TO_COME.test(clause) || reported))) return null;
  // ("we will fight on, in a year's time, in two years, in three years": a list of counts is rhetoric, no date)
  if (/^\s*,\s*(?:or\s+|and\s+)?in\s+/i.test(text.slice(timex.end, timex.end + 12)) || /\bin\s+[^,.;]{1,24},\s*(?:or\s+|and\s+)?$/i.test(before.slice(0, lead.index))) return null;
  if (YARDSTICK.test(before.slice(0, lead.index))) return null;
  const count = Number(v[1]);
  if (!count || (far !== undefined && !(far > count))) return null;
  if (years && count * (v[2] === 'DE' ? 10 : 1) < 2 && !/decade/i.test(timex.text) && far === undefined) return null;
  const day = published.slice(0, 10);
  const at = (n: number) => from(day, kind, n * per);
  if (lead[1].toLowerCase() === 'within') return { start: from(day, 'day', 1), end: at(far ?? count), granularity };
  if (far) return { start: at(count), end: at(far), granularity };
  const landed = at(count);
  if (years) return { start: `${landed.slice(0, 4)}-01-01`, end: `${landed.slice(0, 4)}-12-31`, granularity: 'year' };
  if (granularity === 'month') return { start: `${landed.slice(0, 8)}01`, end: lastDayOfMonth(landed), granularity };
  return { start: landed, end: landed, granularity: 'day' };
}

