// "the day", "the same day", "that day" in a report ("ended the day at 9,505", "for the day",
// "a report released on the same day", "The same day, the board met"): the day the story is about, which is the last day
// named before it, or the publication day when none was. The value is a placeholder that the
// document pass (anchors.ts) replaces, since a sentence alone cannot know the earlier dates.
import type { Parser, ParsingContext } from 'chrono-node';
import { publicationDay, statedResult } from '../context';
import { amountComparedBefore, reportsFigures } from '../reportingPeriod';
import { tenseAround } from '../tense';
import type { Unit } from '../units';
import { anchorPeriod, NO_VALUE, NOT_AFTER_PUBLICATION, NOT_BEFORE_PUBLICATION, reportAnchor } from '../placeholders';

export const ANCHOR_DAY = 'ANCHOR_DAY';
export const ANCHOR_SHIFT = 'ANCHOR_SHIFT';

/** Placeholder for "N units later/earlier": N units from the last date named. */
export function anchorShift(count: number, unit: Unit): string {
  return `${ANCHOR_SHIFT}(${count},${unit})`;
}

// "the next day", "the following week", "the day before", "the month prior", "the year
// previous", "the year after that" count from the story's day: TimeML and HeidelTime anchor "the previous/following X"
// to the last date the discourse named, not to publication ("last week" is publication's)
const RELATIVE_DAY =
  /(?<![\w-])(?:the\s+(?:(next|following|previous|preceding|prior)\s+(day|week|month|quarter|year|morning|evening|night)|(day|week|month|year)\s+(before|after|prior|previous)(?:\s+that)?(?=\s*(?:[.,;:!?)"'\u2019\u201d]|$))))(?![\w-])/i;

// "That night", "later that afternoon", "early that morning": a part of the day the story is
// telling, the last day named (TimeML anchors it there), or publication's when none was.
// The span is "that night" alone: "later", "early" before it say when within the part of day.
// "Storms will fire during the afternoon", "fires raged into the morning", "sirens blared through
// the night": after a preposition of a stretch of time, "the" points at the story's day as "that"
// does ("the morning of May 3", "the night before" name their own day; "in the afternoon" is
// casualDay.ts's, which keeps it to past reports)
// (after a verb of saying, "that" before a noun's plural and its verb is the conjunction: "Strava
// says that night heatmaps will be a premium feature")
const THAT_PART = /(?<![\w-])(?!(?<=\b(?:says|said|say|adds|added|believes|believed|thinks|thought|argues|argued|warns|warned|notes|noted|claims|claimed|reports|reported|announced|announces|confirmed|confirms)\s+)that\s+\w+\s+[a-z]{3,}s\s+(?:will|would|are|were|have|had|can|could|may|might|must|should)\b)(?:that|(?<=\b(?:during|through|throughout|into|until|till)\s+)the)\s+(morning|afternoon|evening|night)(?![\w-]|\s+(?:of|before|after|when|that|which|in\s+question|(?:and|or)\s+(?:early\s+|late\s+)?(?:morning|afternoon|evening|night)|sessions?|shifts?|editions?|news|show|rush|sun|light)\b|['\u2019]s)/i;
const PART_OF_DAY: Record<string, string> = { morning: 'TMO', afternoon: 'TAF', evening: 'TEV', night: 'TNI' };

export const thatPartOfDayParser: Parser = {
  pattern: () => THAT_PART,
  extract(context, match) {
    return statedResult(context, match.index!, match[0], { type: 'TIME', value: `${anchorShift(0, 'day')}${PART_OF_DAY[match[1].toLowerCase()]}` });
  },
};

// (and fronted, opening its sentence before a comma or the clause's subject: "The same day,
// Lord Boyce got the advice", "That same day the court ruled": the day a narrative told last)
const PATTERN =
  /(?<=\b(?:end(?:s|ed|ing)?|finish(?:es|ed|ing)?|clos(?:e|es|ed|ing)|start(?:s|ed|ing)?|for|during|in|on|of|through|throughout)\s+)(?:the\s+same\s+day|the\s+day|that\s+same\s+day)(?![\w-]|\s+(?:before|after)\b(?!\s+\w+ing\b)|\s+(?:when|that|of|which|on|in)\b|'s)|(?:the|that)\s+same\s+day(?<=(?:^|[.!?]["\u201d]?\s+|\n\s*)(?:the|that)\s+same\s+day)(?=\s*,|\s+(?!(?:of|as|that|when|which|for|in|on)\b)\w)/i;

export const relativeDayParser: Parser = {
  pattern: () => RELATIVE_DAY,
  extract(context, match) {
    const direction = (match[1] ?? match[4]).toLowerCase();
    const sign = /^(?:previous|preceding|before|prior)$/.test(direction) ? -1 : 1;
    const unitWord = (match[2] ?? match[3]).toLowerCase();
    const part = ({ morning: 'TMO', evening: 'TEV', night: 'TNI' } as Record<string, string>)[unitWord];
    if (part) return statedResult(context, match.index!, match[0], { type: 'TIME', value: `${anchorShift(sign, 'day')}${part}` });
    // "from 87.0 mln dlrs in the prior year": the base of a comparison, the period reported a
    // year back (yearEarlier.ts)
    if (unitWord === 'year' && sign < 0 && match[1] && amountComparedBefore(context.text, match.index!)) return statedResult(context, match.index!, match[0], { type: 'DATE', value: reportAnchor(-1, anchorShift(-1, 'year')) });
    // a week, month or year is the whole period ("the previous week" is a week, not a day)
    const value = unitWord === 'day' ? anchorShift(sign, 'day') : anchorPeriod(sign, unitWord as Unit);
    return statedResult(context, match.index!, match[0], { type: 'DATE', value });
  },
};

// "for the year", "in the quarter", "during the week", "for the period", "in the half", "within the
// quarter", a results table's notes "in quarter", "in year" and its "Year" line: the period the story
// is about, in earnings and statistics reports; the last one named, else publication's. "the
// full year", "the entire year", "full-year" (or the wire's unhyphenated "full year") before a
// figure's noun ("a strong full year result", "in full year dividend"), "year-end" and "the year's end"
// need no preposition, and market reports measure a move "on the week" ("gained 40 points on
// the week", "up 2% on the year"). A quarter or period is the
// reporting period when the story named one beside its figures ("the latest quarter"). "the year
// to March" is a period ending in March, left to the month; "fell 5% in the quarter to $10
// million" (or the wire's "to 22 mln dlrs") is the quarter, "to" leading to an amount, and
// "the full year's net" the full year ("the year's" alone stays out); "too late in the year to alter the
// crop program" the year, "to" leading to a verb. "the quarter ended Sept. 30" is tagged, its
// value then read from the day it ended (periodEnded.ts); "the year ended in failure" is not.
// "an interruption for the period from July 1988 to July 1989", "in the period between 1980 and
// 1985": a period bounded by dated ends of its own is that span, not the one reported.
// (a match opens with one of these characters: tested first, V8 skips to them instead of running
// the lookbehinds at every position of the sentence; a speed device that changes no match)
const PERIOD =
  /(?=[%tudhlgrfpcyq])(?:(?<=\b(?:for|in|during|through|throughout|over|within)\s+|(?:%|\b(?:up|down|higher|lower|gains?|gained|losses|lost|rose|fell|points?|percent|cents?))\s+on\s+)the\s+(?:(latest|most\s+recent|just-ended|just\s+ended|reporting)\s+)?(year|quarter|month|week|period|half)|(?<![\w-])the\s+(?:(latest|most\s+recent|just-ended)\s+)(quarter|period)|(?<![\w-])(?:the\s+(?:full|entire|whole)\s+|full[\s-](?=year\s+(?:(?:pre-?tax|net|operating|adjusted|core)\s+)?(?:profits?|loss(?:es)?|sales|revenues?|results?|earnings|guidance|outlook|forecasts?|income|dividends?|growth|figures?)\b))(year)|(?<![\w-])(year)[\s-]end|(?<![\w-])(?:the\s+)?(year|quarter)['\u2019]s\s+end|(?<=\bin\s+)(quarter|year)(?=\s*(?:[.,;]|$|\s+(?:and|vs)\b))|(?<=(?:^|\n)[ \t]*)(Year)(?=[ \t]*(?:\n|$)))(?![\w-]|\s+(?:before|after|ago|earlier|of|that|when|which|to(?=\s+(?:(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?(?![\w-])|date\b|come\b|end\b|\d(?![\d.,]*\s*(?:%|per|pct|million|mln|billion|bln|dlrs|stg|cents?|cts))))|in|since|(?:from|between)(?=\s+(?:(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+)?(?:1[89]|20)\d\d\b)|(?:ended|ending)(?!\s+(?:on\s+)?(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d)|end|prior|previous)\b|(?<!\b(?:full|entire|whole)\s+year)['\u2019]s)/i;

// a cheap look for a word that can make a clause future before reading its tense word by word
const MAY_LOOK_AHEAD = /\b(?:will|shall|'ll|\u2019ll|wo|expect\w*|plan\w*|forecast\w*|predict\w*|project\w*|due|set|slated|scheduled|going|intend\w*|aim\w*|hop\w*|likely|should|would|could|may|might|until|by)\b/i;

export const anaphoricPeriodParser: Parser = {
  pattern: () => PERIOD,
  extract(context, match) {
    const latest = match[1] ?? match[3];
    const unit = (match[2] ?? match[4] ?? match[5] ?? match[6] ?? match[7] ?? match[8] ?? match[9]).toLowerCase();
    // a results table's notes, "1.58 dlrs in quarter and 1.57 dlrs in year", and its "Year" line
    // over the year's figures: the wire's shorthand for the quarter and the year the table reports
    // (a bare "in quarter" with no figure beside it is no note)
    const note = match[8] || match[9];
    if (match[8] && !reportsFigures(context.text)) return null;
    const end = match[6] || match[7] ? 'END' : undefined;
    // "for the full year 1986", "by year-end 1987": the year written after it is the year, in one
    // span with it
    const written = match[5] || match[6] ? /^\s+((?:1[89]|20)\d\d)(?![\d.,]\d|\s*(?:%|pct|percent)|[\w-])/.exec(context.text.slice(match.index! + match[0].length, match.index! + match[0].length + 12)) : null;
    if (written) return statedResult(context, match.index!, match[0] + written[0], { type: 'DATE', value: written[1], mod: end });
    let value: string;
    // (a note is the period the story reports, and no date when the story has reported none by then)
    if (note) value = reportAnchor(0, NO_VALUE, unit === 'quarter' ? 'quarter' : 'year');
    else if (unit === 'period') value = reportAnchor(0, NO_VALUE);
    // "turnover in the half rose 5%": the half the story reports, and no date in a story that
    // reports none (a match's half)
    else if (unit === 'half') value = reportAnchor(0, NO_VALUE, 'half');
    // "will be done by quarter's end": the end of a quarter still to come is the quarter under
    // way, whatever quarter the story reports ("at quarter's end" beside figures is that one)
    else if (unit === 'quarter' && end && MAY_LOOK_AHEAD.test(context.text) && tenseAround(context.text, match.index!, match.index! + match[0].length) === 'future') value = anchorShift(0, 'quarter') + NOT_BEFORE_PUBLICATION;
    // ("the latest quarter", or "in the quarter" beside figures told in the past in a quarter's first
    // months, is the quarter before publication's, counted from publication: a quarter the story
    // named earlier, "tripled in the third quarter", is that one, not the one before it)
    else if (unit === 'quarter') value = reportAnchor(0, latest || justReported(context, match.index!, match[0].length) ? quarterBefore(publicationDay(context)) : anchorShift(0, 'quarter'), 'quarter');
    else if (unit === 'week') value = anchorPeriod(0, 'week');
    // "traffic for the month rose 44 pct" after "50.5 pct in February, up from 50.2 pct for the
    // same month last year": beside figures, the month reported, not the comparison named last
    else if (unit === 'month' && reportsFigures(context.text)) value = reportAnchor(0, anchorShift(0, 'month'), 'month');
    else {
      // "will close by year end", "expects a loss for the year": an act still to come falls in a
      // year (or month) no earlier than publication's, whatever past year the story named before
      const look = MAY_LOOK_AHEAD.test(context.text);
      const tense = look || unit === 'year' ? tenseAround(context.text, match.index!, match.index! + match[0].length) : null;
      const ahead = look && tense === 'future';
      // ("the company said the year was difficult": a year told in the past is no later than publication's)
      value = anchorShift(0, unit as Unit) + (ahead ? NOT_BEFORE_PUBLICATION : unit === 'year' && tense === 'past' ? NOT_AFTER_PUBLICATION : '');
      // "Varity, earlier reporting a full year loss", "Full year revenues totaled 23.7 mln dlrs" in
      // March: a year's results told as reported, in the months when companies report the year
      // before, are that year's, as "the quarter" reported in a quarter's first weeks is the one
      // just ended (justReported); "declined to predict full year results" looks ahead
      if (unit === 'year' && match[5] && !ahead && publicationDay(context).month <= 4 && reportedYear(context.text, match.index!, match[0].length)) value = String(publicationDay(context).year - 1);
      // "For the year it reported a net loss of 6.5 mln dlrs", "reserves during the year fell to
      // five mln barrels": beside figures, the year of the period reported, whatever older year a
      // paragraph on earlier results named last
      if (unit === 'year' && !end && !ahead && (note || reportsFigures(context.text))) value = reportAnchor(0, value, 'year');
    }
    return statedResult(context, match.index!, match[0], { type: 'DATE', value, mod: end });
  },
};

/** The quarter before the one `day` falls in ("1987-Q3" for 19 October 1987). */
function quarterBefore(day: { year: number; month: number }): string {
  const q = Math.floor((day.month - 1) / 3);
  return q === 0 ? `${day.year - 1}-Q4` : `${day.year}-Q${q}`;
}

// a year's results told as reported: the reporting verb before them in their clause, or a
// figure's past verb after them ("Full year revenues totaled")
const REPORTED_BEFORE = /\b(?:reported|reporting|posted|posting)\b[^.;:]{0,50}$/i;
const REPORTED_AFTER = /^[^.;:]{0,30}?\b(?:totall?ed|was|were|rose|fell|increased|decreased|declined|dropped|climbed|amounted)\b/i;

function reportedYear(sentence: string, index: number, length: number): boolean {
  return REPORTED_BEFORE.test(sentence.slice(Math.max(0, index - 60), index)) || REPORTED_AFTER.test(sentence.slice(index + length, index + length + 60));
}

/**
 * Whether "the quarter" with no quarter named is the one just ended: figures reported in the
 * past tense ("Net fell 5% in the quarter") in the first two months of a quarter, the weeks in
 * which companies report the quarter before (filings are due within about 45 days of its end).
 */
function justReported(context: ParsingContext, index: number, length: number): boolean {
  if ((publicationDay(context).month - 1) % 3 === 2) return false;
  return reportsFigures(context.text) && tenseAround(context.text, index, index + length) === 'past';
}

// before "of the day", the nouns that make it a part of a day named: "the end of the day", "the
// rest of the day". Other nouns make it the era ("the leading politicians of the day", "the
// fashions of the day") or a daily pick ("the question of the day"), no day of the story.
const PART_OF = /\b(?:end|rest|start|beginning|middle|half|part|close|course|remainder|balance|bulk|most|much|all|some|hours?|morning|afternoon|evening|events|time|anniversary|highlights?|session|trading)\s+of\s+$/i;

export const anaphoricDayParser: Parser = {
  pattern: () => PATTERN,
  extract(context, match) {
    const before = context.text.slice(Math.max(0, match.index! - 30), match.index);
    if (/\bof\s+$/i.test(before) && !PART_OF.test(before)) return null;
    return statedResult(context, match.index!, match[0], { type: 'DATE', value: ANCHOR_DAY });
  },
};

// "The quarter included a $5 million charge", "the period's margins": the reporting period as a
// subject or a possessive, only in a story that has named one beside its figures (anchors.ts);
// elsewhere "the quarter" is as often a part of a city or a share of something.
// "The week saw heavy selling", "The year has been hard on airlines": a week, month or year as
// the subject of its own verb is the one the story is about, the last named or publication's.
const REPORTED_SUBJECT =
  /(?<![\w-])the\s+(?:(quarter|period)(?=['\u2019]s\s|\s+(?:included|includes|was|were|saw|brought|showed|reflected|benefited|marked|produced|results|earnings|sales|profit)\b)|(week|month|year)(?=\s+(?:was|has|had|saw|brought|began|ended|started|proved|marked|is|will|closed|finished)\b))/i;

export const reportedSubjectParser: Parser = {
  pattern: () => REPORTED_SUBJECT,
  extract(context, match) {
    if (match[2]) {
      const unit = match[2].toLowerCase() as Unit;
      return statedResult(context, match.index!, match[0], { type: 'DATE', value: unit === 'week' ? anchorPeriod(0, 'week') : anchorShift(0, unit) });
    }
    const quarter = match[1].toLowerCase() === 'quarter';
    return statedResult(context, match.index!, match[0], { type: 'DATE', value: reportAnchor(0, NO_VALUE, quarter ? 'quarter' : undefined) });
  },
};
