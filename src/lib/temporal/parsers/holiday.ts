// Named days of the year that news dates things by: "Christmas", "New Year's Eve",
// "Thanksgiving", "Labor Day", "Easter", "Black Friday", "Independence Day", "Halloween", and the
// US "Election Day" (capitalised: "election day" elsewhere is any election's).
// Fixed dates and rule-based US holidays (the fourth Thursday of November...) and Western
// Easter. The year is the one written after the name, else the sentence's tense picks the
// most recent or the next one, and with no tense the nearest one. Lunar holidays (Ramadan, Lunar New Year) are left out: their
// dates need tables, not rules.
import type { Parser } from 'chrono-node';
import { addDays, formatDay, toEpochDay, weekday, type YMD } from '../calendar';
import { publicationDay, statedResult } from '../context';
import { tenseAround } from '../tense';

type Rule = (year: number) => YMD;

const fixed = (month: number, day: number): Rule => (year) => ({ year, month, day });
/** The nth (1-based; -1 = last) given weekday (0 = Sunday) of a month. */
const nth = (n: number, dow: number, month: number): Rule => (year) => {
  if (n > 0) {
    const first = { year, month, day: 1 };
    return addDays(first, ((dow - weekday(first) + 7) % 7) + 7 * (n - 1));
  }
  const last = { year, month: month + 1 > 12 ? 1 : month + 1, day: 1 };
  const end = addDays(month === 12 ? { year: year + 1, month: 1, day: 1 } : last, -1);
  return addDays(end, -((weekday(end) - dow + 7) % 7));
};
/** Western (Gregorian) Easter Sunday, by the anonymous Gregorian algorithm. */
const easter: Rule = (year) => {
  const a = year % 19, b = Math.floor(year / 100), c = year % 100, d = Math.floor(b / 4), e = b % 4;
  const f = Math.floor((b + 8) / 25), g = Math.floor((b - f + 1) / 3), h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4), k = c % 4, l = (32 + 2 * e + 2 * i - h - k) % 7, m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  return { year, month, day: ((h + l - 7 * m + 114) % 31) + 1 };
};
const shifted = (rule: Rule, days: number): Rule => (year) => addDays(rule(year), days);

const HOLIDAYS: [RegExp, Rule][] = [
  [/^christmas\s+eve$/i, fixed(12, 24)],
  [/^christmas(?:\s+day)?$/i, fixed(12, 25)],
  [/^boxing\s+day$/i, fixed(12, 26)],
  [/^new\s+year['\u2019]?s\s+eve$/i, fixed(12, 31)],
  [/^new\s+year['\u2019]?s(?:\s+day)?$/i, fixed(1, 1)],
  [/^valentine['\u2019]?s\s+day$/i, fixed(2, 14)],
  [/^halloween$/i, fixed(10, 31)],
  [/^(?:independence\s+day|the\s+fourth\s+of\s+july)$/i, fixed(7, 4)],
  [/^holocaust\s+remembrance\s+day$/i, fixed(1, 27)],
  [/^(?:veterans|armistice|remembrance)\s+day$/i, fixed(11, 11)],
  [/^bastille\s+day$/i, fixed(7, 14)],
  [/^thanksgiving(?:\s+day)?$/i, nth(4, 4, 11)],
  [/^black\s+friday$/i, shifted(nth(4, 4, 11), 1)],
  [/^cyber\s+monday$/i, shifted(nth(4, 4, 11), 4)],
  [/^labou?r\s+day$/i, nth(1, 1, 9)],
  [/^memorial\s+day$/i, nth(-1, 1, 5)],
  [/^martin\s+luther\s+king(?:\s+jr\.?)?\s+day$/i, nth(3, 1, 1)],
  [/^presidents['\u2019]?\s+day$/i, nth(3, 1, 2)],
  [/^mother['\u2019]?s\s+day$/i, nth(2, 0, 5)],
  [/^father['\u2019]?s\s+day$/i, nth(3, 0, 6)],
  [/^easter(?:\s+sunday)?$/i, easter],
  [/^good\s+friday$/i, shifted(easter, -2)],
  [/^easter\s+monday$/i, shifted(easter, 1)],
  // the US general election: the Tuesday after the first Monday of November
  [/^election\s+day$/i, shifted(nth(1, 1, 11), 1)],
];

const PATTERN =
  /(?<![\w-])(Christmas(?:\s+(?:Eve|Day))?|Boxing\s+Day|New\s+Year['\u2019]?s(?:\s+(?:Eve|Day))?|Valentine['\u2019]?s\s+Day|Halloween|Independence\s+Day|the\s+Fourth\s+of\s+July|(?:Holocaust\s+)?Remembrance\s+Day|(?:Veterans|Armistice|Bastille)\s+Day|Thanksgiving(?:\s+Day)?|Black\s+Friday|Cyber\s+Monday|Labou?r\s+Day|Memorial\s+Day|Martin\s+Luther\s+King(?:\s+Jr\.?)?\s+Day|Presidents['\u2019]?\s+Day|Mother['\u2019]?s\s+Day|Father['\u2019]?s\s+Day|Easter(?:\s+(?:Sunday|Monday))?|Good\s+Friday|Election\s+Day)(?:,?\s+(\d{4}))?(?![\w-])/;

export const holidayParser: Parser = {
  pattern: () => PATTERN,
  extract(context, match) {
    const name = match[1].replace(/\s+/g, ' ');
    const rule = HOLIDAYS.find(([re]) => re.test(name))?.[1];
    if (!rule) return null;
    // "Christmas sales", "Thanksgiving dinner" are still that day; "the Christmas season" is not
    // ("the Presidents Day holiday", "the Labor Day holiday" are that day: a day's name before a
    // singular "holiday" names the day off)
    const after = context.text.slice(match.index! + match[0].length, match.index! + match[0].length + 24);
    if (/^\s+(?:season|period|holidays?|shopping\s+season|quarter)\b/i.test(after) && !(/\bDay$/.test(match[1]) && /^\s+holiday\b(?!s|\s+weekend)/i.test(after))) return null;
    let year: number;
    const published = publicationDay(context);
    if (match[2]) year = Number(match[2]);
    else {
      const tense = tenseAround(context.text, match.index!, match.index! + match[0].length);
      const thisYear = toEpochDay(rule(published.year)) - toEpochDay(published);
      // with no verb to tell, the nearest one, as with a month: "successful Christmas sales" in
      // a January story are the Christmas just gone, not the one eleven months ahead
      const nearest = thisYear > 182 ? -1 : thisYear < -182 ? 1 : 0;
      year = published.year + (tense === 'past' && thisYear > 0 ? -1 : tense === 'future' && thisYear < 0 ? 1 : tense === null ? nearest : 0);
    }
    return statedResult(context, match.index!, match[0], { type: 'DATE', value: formatDay(rule(year)) });
  },
};
