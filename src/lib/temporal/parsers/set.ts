// Recurring times (TimeML SET): "every week", "each year", "every two months", "daily",
// "every Monday" (XXXX-WXX-1), "on Mondays", "Friday mornings" (XXXX-WXX-5TMO), "each spring"
// (XXXX-SP), "every morning" (XXXX-XX-XXTMO),
// "weekly", "annually", "twice a year" (tags "a year"), "per month" after any count of things
// ("one briefing per week"). Adjectives are taken only
// in lower case so that "Daily Mail" or "The Weekly Standard" stay names.
import type { Parser } from 'chrono-node';
import { statedResult } from '../context';
import { MONTHS, SEASON_CODES, SEASON_VALUES } from './names';
import { COUNT_PATTERN, parseCount } from '../numbers';
import { UNIT_PATTERN, durationValue, unitOf } from '../units';

const ADVERBS: Record<string, string> = {
  daily: 'P1D', nightly: 'P1D', weekly: 'P1W', biweekly: 'P2W', monthly: 'P1M', quarterly: 'P3M',
  annually: 'P1Y', yearly: 'P1Y', annual: 'P1Y', hourly: 'PT1H',
};

const FIGURE_AFTER = /^\s+(?:\w+\s+)?(?:gains?|benefits|profits?|loss(?:es)?|revenues?|sales|earnings|income|results|growth|rate|output|budget|deficit|surplus|production|figures|turnover|salary|pay|returns?|inflation|increase|decrease|decline|rise|gain)\b/i;

// "its weekly coal production report", "the weekly petroleum status report": a figure's noun
// that names a publication's subject, then the publication; the adjective says how often it is
// issued (a kind of report, as "the daily newspaper" is a kind of paper), no rate of the figure
const PUBLICATION_AFTER = /^\s+(?:[a-z-]+\s+){1,3}(?:report|survey|bulletin|statement|release|review|newsletter|publication)s?\b/;

// a streak's word right before the adjective ("the fourth consecutive monthly increase"); a
// superlative or a bare ordinal ranks one figure and keeps it ("their best weekly gain", "its
// first annual loss since 1992" are MEANTIME's SET and DURATION)
const STREAK_BEFORE = /\b(?:consecutive|straight|successive)\s+$/i;
// "gain in a row": the figure's noun, then the streak
const IN_A_ROW = /^\s+(?:\w+\s+){0,2}in\s+a\s+row\b/i;

// a following word that makes the adjective attributive: a lower-case word that is not a
// preposition, conjunction or verb-like function word ("paid quarterly to holders", "trades
// daily and")
const ATTRIBUTIVE = /^[\s-]+(?!(?:and|or|but|to|in|on|at|for|by|from|with|since|until|as|than|over|through|basis|is|are|was|were|will|would|the|a|an|that|this)\b)[a-zA-Z]/;

// "2.5 million gallons a day", "four flights a week", "300 cases a month", "19,000 barrels of
// oil a day" (the measure of a stuff named after "of"): a count of things, then "a" and the
// unit, is a rate, as "5 billion dlrs a year" is (not "a year ago", a date, nor
// "giving 2,000 workers a month's holiday", a length). (The look back is made only after an "a",
// not at every letter of the sentence.)
const COUNTED_THINGS = `(?:\\d[\\d.,]*|one|two|three|four|five|six|seven|eight|nine|ten|twelve|twenty|fifty|hundred|dozens?|hundreds|thousands|millions|billions)\\s+(?:[a-z-]+\\s+){0,2}[a-z]{2,}s(?:\\s+of\\s+(?:[a-z-]+\\s+)?[a-z]{2,})?`;

// (a match opens with one of these letters, in this case (the pattern is case-sensitive): tested
// first, V8 skips to them instead of running the lookbehinds at every position of the sentence;
// a speed device that changes no match)
const PATTERN = new RegExp(
  `(?=[EeapdnwbmqyhMTWFS])(?<![\\w-])(?:(?:[Ee]very|[Ee]ach)\\s+(?:(other)\\s+|(${COUNT_PATTERN})\\s+)?(${UNIT_PATTERN}|morning|night|evening)|(?<=\\b(?:once|twice|times)\\s+)(?:a|an|per|every)\\s+(${UNIT_PATTERN})|(?:(?<![\\w-])an?(?<=(?:\\d\\s?%|\\d|\\bpercent|\\bper cent|\\b(?:hundred|thousand|million|billion|trillion|bn|m|dollars|euros|pounds|yen|pct|mln|bln|dlrs|stg)|${COUNTED_THINGS})\\s(?:a|an))|\\bper)\\s+(year|month|week|day|hour)(?!(?<!\\bper\\s+\\w+)(?:\\s+(?:ago|earlier|before|later|after|from|back|old|or\\s+so)\\b|['\\u2019]s\\b))|(daily|nightly|weekly|biweekly|monthly|quarterly|annually|yearly|annual|hourly)|(?:[Ee]very|[Ee]ach)\\s+(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|spring|summer|autumn|fall|winter|January|February|March|April|May|June|July|August|September|October|November|December)` +
    // "on Mondays", "Friday mornings": a weekday in the plural recurs
    `|(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)(?:s|\\s+(morning|afternoon|evening|night)s))(?![\\w-])`,
);

const WEEKDAYS = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'];

/** TimeML values of named recurrences: "every Monday" XXXX-WXX-1, "each spring" XXXX-SP, "every May" XXXX-05. */
function namedValue(name: string): string {
  if (WEEKDAYS.includes(name)) return `XXXX-WXX-${WEEKDAYS.indexOf(name) + 1}`;
  if (name in SEASON_CODES) return `XXXX-${SEASON_VALUES[SEASON_CODES[name]]}`;
  return `XXXX-${String(MONTHS[name]).padStart(2, '0')}`;
}

export const setParser: Parser = {
  pattern: () => PATTERN,
  extract(context, match) {
    let value: string;
    if (match[6]) {
      const before = context.text.slice(Math.max(0, match.index! - 40), match.index!);
      const after = context.text.slice(match.index! + match[0].length, match.index! + match[0].length + 60);
      // "the fourth consecutive monthly increase", "the second monthly gain in a row": a streak
      // counts the periods of its figures, no recurrence is meant; "an annual rate of 8.3 mln units", "a seasonally adjusted annual rate": a
      // pace stated per year, no year meant
      if (STREAK_BEFORE.test(before) || (FIGURE_AFTER.test(after) && IN_A_ROW.test(after))) return null;
      // (whatever stands before it: "a revised annual rate of 1.1 pct", "The annual rate of growth
      // in February was 3.7 pct", "at an annual pace of"; "the annual rate of inflation" is
      // prices measured over a year, kept)
      if (match[6] === 'annual' && /^\s+(?:rate|pace)\b(?!\s+of\s+(?:consumer\s+|price\s+)?inflation)/i.test(after)) return null;
    }
    if (match[6] === 'annual' && FIGURE_AFTER.test(context.text.slice(match.index! + 6, match.index! + 40))) {
      // "annual profit", "annual sales": a figure over one year, a DURATION in TimeML
      return statedResult(context, match.index!, match[0], { type: 'DURATION', value: 'P1Y' });
    }
    // "the annual meeting", "a quarterly dividend", "the daily newspaper": before a noun the
    // adjective classifies a thing (a kind of meeting, of dividend, of paper) and no time is
    // meant; only a figure kept per period ("weekly gain", "monthly sales") states a rate
    if (match[6] && ATTRIBUTIVE.test(context.text.slice(match.index! + match[0].length, match.index! + match[0].length + 30)) && (!FIGURE_AFTER.test(context.text.slice(match.index! + match[0].length, match.index! + match[0].length + 40)) || PUBLICATION_AFTER.test(context.text.slice(match.index! + match[0].length, match.index! + match[0].length + 50)))) return null;
    if (match[8]) value = namedValue(match[8].toLowerCase()) + (match[9] ? `T${{ morning: 'MO', afternoon: 'AF', evening: 'EV', night: 'NI' }[match[9].toLowerCase() as 'morning']}` : '');
    else if (match[7]) value = namedValue(match[7].toLowerCase());
    else if (match[6]) value = ADVERBS[match[6]];
    else if (match[4] || match[5]) value = durationValue(1, unitOf(match[4] ?? match[5]));
    else {
      const word = match[3].toLowerCase();
      // "every morning": the part of any day, as TimeML writes a recurring time of day
      if (word === 'morning' || word === 'night' || word === 'evening') value = `XXXX-XX-XXT${word === 'morning' ? 'MO' : word === 'night' ? 'NI' : 'EV'}`;
      else {
        const count = match[1] ? 2 : match[2] ? parseCount(match[2]) : 1;
        if (count === null) return null;
        value = durationValue(count, unitOf(word));
      }
    }
    return statedResult(context, match.index!, match[0], { type: 'SET', value });
  },
};
