// A month or day written without its year in a past narrative is in the narrative's year: "The
// council voted in December 2015 to close the mill. In January, the workers were laid off." is
// January 2016, the first January after the date just named, not the January before publication
// that the sentence's tense alone would give. The rule holds only close to a month or a day of
// an earlier year written out (a bare year may be a backdrop the story leaves; a date read from
// publication, "on Monday", ends the narrative), and only moves a date back.
// Knows nothing of how timexes were found; reads the values and offsets it is given.
import type { Timex } from '../document';

// how far back (in characters) a named date still sets the narrative: about two sentences
const NARRATIVE_REACH = 400;
const DATED = /^(\d{4})(?:-(\d{2}))?/;
// (four digits before a zone are a clock time, "1700 CDT April 24", no year)
const YEAR_WRITTEN = /\d{4}(?!\s*\(?(?:GMT|UTC|[ECMP][SD]T)\b)|['\u2019]\d\d\b/;
const MONTH_OR_DAY = /^(\d{4})-(\d{2})(?:-\d{2})?(?:T.*)?$/;

// A past happening named by its month and year, "the July 2021 riots", "the September 2022
// floods", "its March 2020 lockdown", is often what the story is about; the story then tells its
// days by the month alone ("before July 8, when the violence erupted", "on July 9 and 10"),
// however far from the name. A day of that month in a past-tense sentence is in that year.
// (Only a day, not a bare month: "in July" may be the story's own July.)
const NAMED_BEFORE = /\b(?:the|its|their|his|her|this|that|last)\s+$/i;
const NAMED_AFTER = /^\s+(?:[a-z][a-z-]+\s+){0,2}?(?:riots?|unrest|violence|protests?|uprising|coup|attacks?|bombings?|shootings?|massacre|raids?|floods?|flooding|fires?|wildfires?|earthquake|quake|storms?|hurricane|cyclone|blasts?|explosion|crash|collapse|disaster|tragedy|outbreak|strikes?|election|referendum|invasion|war|siege|killings?|murders?|lockdown|crisis|scandal|heatwave|blackouts?|leak|hack)\b/;
const DAY_VALUE = /^(\d{4})-(\d{2})-\d{2}/;

/**
 * `text`: the article the timexes are in. `pastYearless(i)`: timex i names a month without a year
 * in a past-tense sentence (asked last, being the dearest test); `notAheadYearless(i)`: one whose
 * sentence does not look ahead (a day of a named happening needs no past of its own: "a long time
 * before July 8, when the violence erupted" tells its past in the clause after the date).
 */
export function narrativeYears(text: string, timexes: Timex[], pastYearless: (i: number) => boolean, notAheadYearless: (i: number) => boolean = pastYearless): Timex[] {
  let last: { year: number; month: number; end: number } | null = null;
  // month -> year of the past happenings named by their month and year
  const named = new Map<number, number>();
  // (a loop, not timexes.map: V8 inlines this function into tagTimexes, and its inlined map()
  // bailed out of tagTimexes's optimised code on every other article, the list it is given
  // having been made by another map())
  const placed: Timex[] = [];
  for (let i = 0; i < timexes.length; i++) {
    const t = timexes[i];
    let out = t;
    const own = MONTH_OR_DAY.exec(t.value);
    if (own && last && t.start - last.end <= NARRATIVE_REACH && last.month > 0 && last.year < Number(own[1]) && pastYearless(i)) {
      const month = Number(own[2]);
      const year = month >= last.month ? last.year : last.year + 1;
      if (year < Number(own[1])) out = { ...t, value: String(year).padStart(4, '0') + t.value.slice(4) };
    }
    const day = out === t && DAY_VALUE.exec(t.value);
    const namedYear = day ? named.get(Number(day[2])) : undefined;
    if (day && namedYear !== undefined && namedYear < Number(day[1]) && notAheadYearless(i)) out = { ...t, value: String(namedYear).padStart(4, '0') + t.value.slice(4) };
    const dated = (out.type === 'DATE' || out.type === 'TIME') && DATED.exec(out.value);
    // only a date whose year is written sets the narrative ("in December 2015"); one placed from
    // publication ("on Monday", "Dec. 22" read by tense) brings the story back to its own time,
    // and a month this rule placed carries the narrative on
    // A record's reference ("the first drop of over one pct since a 1.3 pct drop in September
    // 1958", "the lowest since March 1983") is a point the story measures from, not a step of its
    // narrative: it neither sets the narrative's year nor ends one; nor does a figure's
    // comparison ("rose 3.6 pct in December ... against 4.34 billion in December 1985": the next
    // "in December" is the month reported, not the December after 1985)
    if (dated && out === t && dated[2] && YEAR_WRITTEN.test(t.text) && NAMED_BEFORE.test(text.slice(Math.max(0, t.start - 8), t.start)) && NAMED_AFTER.test(text.slice(t.end, t.end + 40))) named.set(Number(dated[2]), Number(dated[1]));
    if (dated && out === t && (measuredFrom(text, t.start) || figureBeside(text.slice(Math.max(0, t.start - 60), t.start)))) {
      placed.push(out);
      continue;
    }
    if (dated && out === t) last = YEAR_WRITTEN.test(t.text) ? { year: Number(dated[1]), month: dated[2] ? Number(dated[2]) : 0, end: out.end } : null;
    else if (dated && last) last = { year: last.year, month: last.month, end: out.end };
    placed.push(out);
  }
  return placed;
}

// a statistic's earlier figure set beside the latest, named by its noun: "This follows a rise of
// 89.8 billion in March and a rise of 11.2 billion in April 1986" (the next sentence's "in April"
// is the month reported, not the April after 1986), "against a deficit of 1.2 billion in"
const FIGURE_BESIDE = /\b(?:and|against|compared\s+with|versus)\s+an?\s+[a-z]+\s+of\s+[$\u20ac\u00a3\u00a5]?\d[\d.,]*\s*(?:%|pct|mln|bln|million|billion|dlrs?|cts|stg)?(?:\s+[A-Za-z.]+){0,3}\s+(?:in|during|for|at)\s+$/i;
// FIGURE_BESIDE and COMPARED_BEFORE (below) end on a space, "in", "during", "for" or "at", and
// spaces: where the words before the date end otherwise (most of them), neither long expression
// is tried at every position of its 60 or 90 characters (trimEnd drops what \s matches)
const FIGURE_TAIL = /\s(?:in|during|for|at)$/i;
const endsOnFigureTail = (before: string) => {
  const trimmed = before.trimEnd();
  return trimmed.length < before.length && FIGURE_TAIL.test(trimmed.slice(-7));
};
const figureBeside = (before: string) => endsOnFigureTail(before) && FIGURE_BESIDE.test(before);

// "since" a few words before the date, after a record's word ("the first drop ... since", "the
// lowest since", "a record high since"), with no clause between: the date a record is counted
// from ("have not been heard from since February 4, 2010" is a step of the narrative); so is a
// tally's ("attacked about 135 times since August 1985", "up 40 pct since March 1985": counted
// from that date up to the story's own time)
const SINCE_BEFORE = /\b(?:times|pct|percent|first|record|most|least|biggest|largest|highest|lowest|smallest|steepest|sharpest|worst|best|strongest|weakest|fastest|slowest|deepest|longest|greatest|heaviest|loftiest|widest|narrowest|hottest|coldest|wettest|driest)\b(?:[^.;!?]|\.(?=\d)){0,60}\bsince\b(?:[^.;,!?]|\.(?=\d)){0,40}$/i;
// ("since" looked for first: SINCE_BEFORE tries its long list at every word of the 110 characters)
const SINCE = /since/i;
export const recordSince = (text: string, start: number) => {
  const before = text.slice(Math.max(0, start - 110), start);
  return SINCE.test(before) && SINCE_BEFORE.test(before);
};

// a figure set against right before the date: "from 25.53 billion in ", "and 12.3 pct in ",
// "against a revised 4.77 billion in "
// ("down from the 7.2 pct level in ", "from a revised 4.77 billion in "; a level at a month's or
// a year's end: "down from 730,100 at ", "and 259,400 at ")
// (and the British wire's "up on" and "down on": "but was down on the 7.26 billion figure for ")
// (and a figure set below or above a dated amount: "38.5 pct below the 168.6 mln dlrs in new
// orders for ")
// (the wire writes "compared to" as it writes "compared with": "traded 1,015,327 contracts
// compared to 586,471 in "; and a change in per cent "over" the earlier figure: "up 83.2 pct over
// the 80,256 contracts traded in "; "over" alone is "more than", "rose to over six billion in")
const COMPARED_BEFORE = /\b(?:from|against|compared\s+(?:with|to)|versus|vs\.?|and|(?:up|down)\s+on|(?<=(?:pct|percent|%)\s+)over|(?:below|above|under)(?=\s+(?:the|its|their)\s))\s+(?:(?:an?|the|its|their)\s+(?:revised\s+)?)?[$\u20ac\u00a3\u00a5]?\d[\d.,]*\s*(?:%|pct|mln|bln|million|billion|dlrs?|cts|stg)?(?:\s+[A-Za-z.]+){0,4}\s+(?:in|during|for|at)\s+$/i;
// a figure set below or above a dated one: "12 pct below the April, 1986, level", "higher than
// the March 1985 total", "4.7 pct compared with March 1986", "5.9 pct below their levels as of
// March 1986", "under the level of March 1986"
const MEASURED_AGAINST = /\b(?:(?:below|above|under|than)\s+(?:the|its|their)(?:\s+(?:levels?|figures?|totals?|rates?)\s+(?:as\s+of|of|in|for|at))?|(?:compared\s+(?:with|to)|versus|vs\.?)(?:\s+(?:the|its|their))?|than\s+in)\s+$/i;
// (MEASURED_AGAINST ends on one of these words and spaces: tried only where the words do)
const AGAINST_TAIL = /\b(?:the|its|their|of|in|for|at|with|to|versus|vs\.?)$/i;
const measuredAgainst = (before: string) => {
  const trimmed = before.trimEnd();
  return trimmed.length < before.length && AGAINST_TAIL.test(trimmed.slice(-7)) && MEASURED_AGAINST.test(before);
};
// a change in figures measured from a date: "up 19.3 pct from late March 1986", "4 pct over"
const CHANGE_FROM = /\b\d[\d.,]*\s*(?:pct|percent|per\s+cent|%)\s+(?:from|over)\s+(?:(?:early|mid|late)[\s-]+)?$/i;
// (COMPARED_BEFORE and CHANGE_FROM each need a figure's digit in the words they read, the last
// 90 and the last 30 characters: where the 90 hold none, neither long expression is tried)
const DIGIT = /\d/;
export const comparedFigure = (text: string, start: number) => {
  const before = text.slice(Math.max(0, start - 90), start);
  const figure = DIGIT.test(before);
  return (figure && endsOnFigureTail(before) && COMPARED_BEFORE.test(before)) || measuredAgainst(text.slice(Math.max(0, start - 40), start)) || (figure && CHANGE_FROM.test(text.slice(Math.max(0, start - 30), start)));
};

// Whether the date at `start` is one a record or a figure is measured from (recordSince or
// comparedFigure): asked of the same dates by narrativeYears and storyTime.ts, whose expressions
// on the words before each (a long one tried at every position of its 90 characters) are run
// once per date of a text, the answers kept until another text is read.
let measuredText: string | null = null;
const measured = new Map<number, boolean>();
export function measuredFrom(text: string, start: number): boolean {
  if (text !== measuredText) {
    measuredText = text;
    measured.clear();
  }
  let answer = measured.get(start);
  if (answer === undefined) measured.set(start, (answer = recordSince(text, start) || comparedFigure(text, start)));
  return answer;
}
