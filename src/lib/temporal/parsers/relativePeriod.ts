// A calendar period named relative to publication: "last week", "this year", "next month",
// "the coming weekend", "last quarter", "last summer", "next March", "last season", and "the month", "the
// decade" or "the century" after "end of"/"start of"/"part of" ("by the end of the century" is
// publication's century, 20 in 2008). TimeML values name the whole period: "last week" is 2025-W44, not a day.
import type { Parser } from 'chrono-node';
import { addDays, addMonths, formatIsoWeek, formatMonth, formatYear, weekday, type YMD } from '../calendar';
import { tenseAround } from '../tense';
import { publicationDay, statedResult } from '../context';
import { durationValue, unitOf } from '../units';
import { MONTHS, SEASON_CODES, seasonOf } from './names';
import { daysInMonth } from '../reference';
import { reportsFigures } from '../reportingPeriod';
import { reportAnchor } from '../placeholders';
import { ANCHOR_YEAR_BACK } from './samePeriod';

const SHIFT: Record<string, number> = {
  last: -1, past: -1, previous: -1, 'this past': -1, this: 0, current: 0, the: 0, next: 1, coming: 1,
};

const UNITS = 'week(?:end)?|month|year|quarter|decade|century|season|spring|summer|autumn|fall|winter|' + Object.keys(MONTHS).join('|');
// (a match opens with one of these letters: tested first, V8 skips to them instead of running the
// lookbehinds at every position of the sentence; a speed device that changes no match)
const PATTERN = new RegExp(
  '(?=[eltpcn])(?<![\\w-])(?:(?:earlier|later)\\s+)?(?:(?:the\\s+)?(last|past|previous|current|coming)|(this\\s+past|this|next)|(?<=\\b(?:(?:end|beginning|start|middle|close|rest|remainder|half|part|course)\\s+of|(?:early|late|earlier|later)\\s+in)\\s+)(the))' +
    // ("this calendar year", "next calendar year": the calendar's as against a fiscal year)
    `\\s+(?:calendar\\s+(?=year\\b))?(${UNITS})(?![\\w-])`,
  'i',
);

/** What PATTERN cannot match without, for its guard (newsChrono.ts): the word before the period's name, a space, the name. */
export const RELATIVE_PERIOD_NEEDS = new RegExp(`(?:last|past|previous|current|coming|this|next|the)\\s+(?:calendar\\s+)?(?:${UNITS})`, 'i');

function periodValue(published: YMD, unit: string, shift: number): string | null {
  switch (unit) {
    case 'week':
      return formatIsoWeek(addDays(published, 7 * shift));
    case 'weekend':
      return `${formatIsoWeek(addDays(published, 7 * shift))}-WE`;
    case 'month': {
      const m = addMonths({ ...published, day: 1 }, shift);
      return formatMonth(m.year, m.month);
    }
    case 'year':
      return formatYear(published.year + shift);
    case 'decade':
      return formatYear(published.year + 10 * shift).slice(0, 3);
    case 'century':
      return formatYear(published.year + 100 * shift).slice(0, 2);
    case 'quarter': {
      const index = published.year * 4 + Math.floor((published.month - 1) / 3) + shift;
      return `${formatYear(Math.floor(index / 4))}-Q${(index % 4) + 1}`;
    }
    // a sport's (or a trade's) season: "last season", "this season", "next season", "the end of
    // the season". The story rarely says which sport's calendar it runs on, and a winter sport's
    // season straddles two years; TimeML names no such span, so the season is named by the year
    // it is counted from publication's (the season under way or just over this year, the one
    // before last year): the year overlaps the season whichever calendar it runs on
    case 'season':
      return formatYear(published.year + shift);
  }
  if (unit in SEASON_CODES) {
    // "last summer" is the latest summer that is over; "next summer" the first not yet begun.
    const now = seasonOf(published);
    const target = SEASON_CODES[unit];
    let year = now.year;
    if (shift < 0 && target >= now.index) year -= 1;
    if (shift > 0 && target <= now.index) year += 1;
    if (shift === 0) year = thisSeasonYear(published, now, target);
    return `${formatYear(year)}-${['SP', 'SU', 'FA', 'WI'][target]}`;
  }
  const month = MONTHS[unit];
  if (month === undefined) return null;
  if (shift < 0) return formatMonth(month < published.month ? published.year : published.year - 1, month);
  if (shift > 0) return formatMonth(month > published.month ? published.year : published.year + 1, month);
  return formatMonth(published.year, month);
}

/**
 * "this summer" is the summer of the publication's calendar year, whatever the verb's tense
 * ("will reopen this summer" in February, "slumped this spring" in November): news names a
 * season of another year "last"/"next" summer. "this winter" is the current winter, or the
 * nearest one, since a winter straddles two calendar years: the one just over in spring, the
 * coming one from June on.
 */
function thisSeasonYear(published: YMD, now: { year: number; index: number }, target: number): number {
  if (target === now.index) return now.year;
  if (target === 3) return published.month <= 5 ? published.year - 1 : published.year;
  return published.year;
}

// a day after "last July": "last July 17" (not "17 pct", "17,000", "17.5")
const DAY_AFTER = /^\s+(\d{1,2})(?:st|nd|rd|th)?(?![\d.,]\d|\s*(?:%|pct|percent|per\s?cent|mln|bln|million|billion)\b|[\w-])/i;

// an amount right before: "31 cts per share ", "4.1 mln dlrs ", "$2.3 million ", "12 pct ", and the
// wire's amount before its noun, "an 11.6 mln dlr profit "
const FIGURE_BEFORE = /\d\s?(?:%|pct|percent|per\s?cent|(?:mln|bln|million|billion)(?:\s+(?:dlrs?|stg|yen|marks|francs|guilders|dollars|pounds|euros))?(?:\s+(?:profit|loss|gain|deficit|surplus))?|cts|cents|dlrs?|stg)(?:\s+(?:a|per)\s+share)?\s+$/i;

// the figure set against: "compares with 31 cts per share ", "from 4.1 mln dlrs ", "against $2 million "
// (or a verb that sets a forecast figure above or level with an earlier one: "sales will surpass
// record sales of 2.1 billion dlrs last year", "to exceed the 118.7 mln dlrs it earned last year",
// "should top last year's": the words between name the earlier figure)
const COMPARED_FIGURE = /\b(?:(?:compar(?:es|ed|ing)\s+with|against|versus|vs\.?|from)\s+(?:an?\s+)?(?:(?:net\s+)?(?:loss|profit|gain)\s+of\s+)?|(?:surpass(?:es|ed|ing)?|exceed(?:s|ed|ing)?|top(?:s|ped|ping)?|beat(?:s|ing)?|match(?:es|ed|ing)?|equal(?:s|led|ling)?)\s+(?:(?:the|its|their|an?)\s+)?(?:[a-z-]+\s+){0,3}?(?:of\s+)?)(?:[$\u20ac\u00a3\u00a5]\s?)?\d[^,;:]*$/i;
// a comparison's word right before the period, no figure between: "compared to ", "than ", "over "
const COMPARED_BARE = /\b(?:compared\s+(?:to|with)|than|versus|vs\.?)\s+$/i;
// a quarter named in the words before ("second quarter net", "the fourth qtr")
// (a half is no date the document pass goes on from: a half's "last year" stays the one reported)
const PERIOD_NAMED = /\b(?:first|second|third|fourth|final|1st|2nd|3rd|4th)[\s-]+(?:quarter|qtr)\b/i;

// a year the sentence's figures are for: "this year", "the year", "1987", "annual", "full-year"
const YEAR_NAMED = /\b(?:this|the|next|current|fiscal|calendar)\s+year\b|\b(?:1[89]|20)\d\d\b|\bannual|\bfull[\s-]year\b/i;

const AHEAD_BEFORE = /\b(?:will|would|shall|['\u2019]ll|set to|going to|expected to|plans? to|due to|scheduled|debating|ahead of)\b/i;

// a present perfect ("has risen", "'s been", "have lived") in the words before
const PERFECT_BEFORE = /\b(?:has|have|['\u2019]s|['\u2019]ve)\s+(?:(?:not|never|already|just|also|\w+ly)\s+)?(?:been|\w+ed|\w+en|grown|seen|done|gone|had|made|held|led|won|lost|risen|fallen|spent)\b/i;

export const relativePeriodParser: Parser = {
  pattern: () => PATTERN,
  extract(context, match) {
    const word = (match[1] ?? match[2] ?? match[3]).toLowerCase().replace(/\s+/, ' ');
    const unit = match[4].toLowerCase();
    // a season only with its own determiner ("last season", "this season", "next season"): "the
    // end of the season" names a point no year's value places (a season's end is not December),
    // "his first start of the season" is a game, and "the rest of the season" a player misses is
    // read by the events stage with its verb
    if (unit === 'season' && match[3]) return null;
    // "the previous week" counts from the last date the story named (anaphoricDay.ts)
    if (word === 'previous' && /^the\s/i.test(match[0])) return null;
    // "the end of the decade": publication's decade, at its end ("the past decade", "the coming
    // decade" measure a span of ten years, the duration parser's; "this decade" alone is as
    // often an era in passing as a date); "last century", "this century", "next century" name
    // one ("the last century", "the past century" measure a span)
    if (unit === 'decade' && word !== 'the') return null;
    if (unit === 'century' && !(word === 'the' || (/^(?:last|this|next)$/.test(word) && !/^the\s/i.test(match[0])))) return null;
    // "early in the decade", "late in the century" (periodModifier.ts adds the START, END); "early
    // in the year" is left to the anaphoric period, which knows the year a story reports
    if (unit !== 'decade' && unit !== 'century' && /\b(?:early|late)\s+in\s+$/i.test(context.text.slice(Math.max(0, match.index! - 12), match.index!))) return null;
    // "purchases past March", "runs past June": "past" with no "the" or "this" before a month or
    // season is the preposition ("beyond"); news names the one gone "last March", "this past
    // March" (the month is left to the month parser, which reads the sentence's side)
    if (word === 'past' && !/^(?:(?:earlier|later)\s+)?the\s/i.test(match[0]) && (MONTHS[unit] !== undefined || unit in SEASON_CODES)) return null;
    // month names are capitalised in English: "this may be" is no month
    if (MONTHS[unit] !== undefined && !/^[A-Z]/.test(match[4])) return null;
    // "over the past year" measures the span up to publication (TimeBank's DURATION P1Y);
    // "last year" and "the last year" name the previous calendar year.
    // A perfect before "the last year" measures up to publication as well ("it's been the story
    // of the last year", "has lived there for the last month"), unless figures make it the last
    // reported year ("has posted a profit of $2 billion for the last year").
    // "over the last year and a half", "the past month and a half": no calendar period runs a
    // unit and a half, so the words measure the span up to the story's time, perfect or not
    const half = /^the\s+(?:last|past|previous)\s/i.test(match[0]) && /^(?:week|month|year|quarter)$/.test(unit) ? /^\s+and\s+a\s+half\b/i.exec(context.text.slice(match.index! + match[0].length, match.index! + match[0].length + 16)) : null;
    if (half) return statedResult(context, match.index!, match[0] + half[0], { type: 'DURATION', value: durationValue(1.5, unitOf(unit)) });
    const spanned = /^the\s+last\s/i.test(match[0]) && PERFECT_BEFORE.test(context.text.slice(0, match.index)) && !reportsFigures(context.text);
    if ((spanned || /^the\s+past\s/i.test(match[0])) && /^(?:week|month|year|quarter)$/.test(unit)) {
      return statedResult(context, match.index!, match[0], { type: 'DURATION', value: durationValue(1, unitOf(unit)) });
    }
    // "Trump spoke with Obama this weekend", written on a Monday: early in the week "this
    // weekend" told in the past is the one just gone; in a plan it is the coming one
    // (a plan in the clause before it looks ahead, whatever tense the saying is in: "will continue
    // missions throughout this weekend, he said", "looks set to commit at the summit this weekend")
    const weekendGone = word === 'this' && unit === 'weekend' && [1, 2, 3].includes(weekday(publicationDay(context))) && tenseAround(context.text, match.index!, match.index! + match[0].length, true) === 'past' && !AHEAD_BEFORE.test(context.text.slice(Math.max(0, match.index! - 100), match.index!).split(/[.;!?]\s/).pop()!);
    const value = periodValue(publicationDay(context), unit, weekendGone ? -1 : SHIFT[word]);
    if (!value) return null;
    // "prices were higher than a year ago at the end of the quarter": in a story that reports a
    // quarter (placeholders.ts 'quarterly'), the quarter told in the past with no ordinal is the one reported, as "in the
    // quarter" is (anaphoricDay.ts), not publication's; "will close by the end of the quarter"
    // looks ahead to the quarter under way
    if (match[3] && unit === 'quarter' && tenseAround(context.text, match.index!, match.index! + match[0].length) === 'past') return statedResult(context, match.index!, match[0], { type: 'DATE', value: reportAnchor(0, value, 'quarterly') });
    // "first quarter sales will be higher than last year's 67.1 mln dlrs": a figure of last
    // year's set against a quarter's or a half's is that period a year back (as "a year ago"
    // beside figures is), the year before publication's when the story reports none; beside a
    // year's figures ("growth this year, down from last year's 6.0%") it stays the year
    if (word === 'last' && unit === 'year' && /\b(?:quarter|qtr|half)\b/i.test(context.text) && /^['\u2019]s\s+(?:[$\u20ac\u00a3\u00a5]\s?)?\d/.test(context.text.slice(match.index! + match[0].length, match.index! + match[0].length + 12))) {
      return statedResult(context, match.index!, match[0], { type: 'DATE', value: reportAnchor(-1, value) });
    }
    // and so is "last year" right after the figure ("second quarter net, which compares with 31
    // cts per share last year", "up from 4.1 mln dlrs last year"): the quarter its sentence
    // named before it, a year back, else the period reported ("sales were 2.3 billion
    // dlrs last year", compared with nothing, stay the year)
    if (word === 'last' && unit === 'year' && FIGURE_BEFORE.test(context.text.slice(Math.max(0, match.index! - 40), match.index!)) && COMPARED_FIGURE.test(context.text.slice(Math.max(0, match.index! - 70), match.index!))) {
      const before = context.text.slice(0, match.index!);
      if (PERIOD_NAMED.test(before)) return statedResult(context, match.index!, match[0], { type: 'DATE', value: ANCHOR_YEAR_BACK });
      if (/\b(?:quarter|qtr|half)\b/i.test(context.text)) return statedResult(context, match.index!, match[0], { type: 'DATE', value: reportAnchor(-1, value) });
      // a sentence of its own ("It had sales of 7.13 billion dlrs, down from 7.17 billion last
      // year") in a story that reports a quarter compares that quarter too, a year back; beside
      // a month's or a year's figures it stays the year ("spending this year would decline to
      // 134 mln dlrs from 160 mln dlrs last year")
      if (!YEAR_NAMED.test(context.text)) return statedResult(context, match.index!, match[0], { type: 'DATE', value: reportAnchor(-1, value, 'quarterly') });
    }
    // "should report improved second-quarter traffic compared to last year", "fourth quarter
    // sales were higher than last year": a quarter's figures set against "last year" with no
    // figure between are set against that quarter a year back, as the figure's "last year" is
    if (word === 'last' && unit === 'year' && COMPARED_BARE.test(context.text.slice(Math.max(0, match.index! - 24), match.index!))) {
      const clause = context.text.slice(Math.max(0, match.index! - 90), match.index!).split(/[.;:]\s/).pop()!;
      if ((PERIOD_NAMED.test(clause) || /\bthe\s+(?:latest|last|most\s+recent)\s+quarter\b/i.test(clause)) && !/'s\b|\u2019s\b/.test(context.text.slice(match.index! + match[0].length, match.index! + match[0].length + 3))) return statedResult(context, match.index!, match[0], { type: 'DATE', value: ANCHOR_YEAR_BACK });
    }
    // "filed for bankruptcy last July 17": the wire names a day of last year's month so; the day
    // is the date (not a count: "last May 5 pct" has none)
    const day = MONTHS[unit] !== undefined ? DAY_AFTER.exec(context.text.slice(match.index! + match[0].length, match.index! + match[0].length + 12)) : null;
    if (day && Number(day[1]) >= 1 && Number(day[1]) <= daysInMonth(Number(value.slice(0, 4)), MONTHS[unit])) {
      return statedResult(context, match.index!, match[0] + day[0], { type: 'DATE', value: `${value}-${day[1].padStart(2, '0')}` });
    }
    // "this fall" but not "prices fall": "fall" needs its determiner, which this pattern requires.
    return statedResult(context, match.index!, match[0], { type: 'DATE', value });
  },
};

// "unlikely this year or next", "this week and next": the second period is named by "next"
// alone, the unit left to the first; TimeML tags "next" as that next period
const ELLIPTICAL_NEXT = /(?<=\bthis\s+(week|month|year|quarter)\s+(?:or|and)\s+)next(?=\s*(?:[,.;:)"\u201d]|$)|\s+(?:because|as|when|if|but|and|or|to|with|at|in|after|before|despite|while|unless)\b)/i;

export const ellipticalNextParser: Parser = {
  pattern: () => ELLIPTICAL_NEXT,
  extract(context, match) {
    const value = periodValue(publicationDay(context), match[1].toLowerCase(), 1);
    return value ? statedResult(context, match.index!, match[0], { type: 'DATE', value }) : null;
  },
};
