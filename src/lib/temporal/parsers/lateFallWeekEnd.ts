// Two ways news writes a period that the other parsers miss:
// - "until late fall", "by early fall", "in the late fall": the American autumn after a position
//   word. The season parser takes "fall" only straight after "in", "by", "this", "until" or
//   "since" ("the fall" alone is as often a drop), so the position word in between hid it. After
//   one of those words and a position word it is the season ("a late fall in prices" stays a
//   drop); the result is the season's word alone, and the period-modifier refiner takes the
//   position word in ("late fall", mod END).
// - "towards the week-end", "over the week-end": the wire's and British copy's hyphenated
//   weekend, read as the weekend parser reads "the weekend".
// Guarded in newsChrono.ts by its own words: only sentences holding them are read.
import type { Parser } from 'chrono-node';
import { formatYear } from '../calendar';
import { publicationDay, statedResult } from '../context';
import { resolveYear } from '../direction';
import { tenseAround } from '../tense';
import { SEASON_CODES, SEASON_VALUES, seasonOf } from './names';
import { weekendParser } from './weekend';

const PATTERN = /\b(?:in|by|until|till|since|through|before|after)\s+(?:the\s+)?(?:late|early|mid)[\s-]+(fall)(?![\w-])(?!\s+(?:in|of)\s+(?!\d{4}\b))|(?<![\w-])the\s+week-end(?![\w-]|['’]s)/i;

export const lateFallWeekEndParser: Parser = {
  pattern: () => PATTERN,
  extract(context, match) {
    if (!match[1]) return weekendParser.extract(context, match);
    const index = match.index! + match[0].length - match[1].length;
    const now = seasonOf(publicationDay(context));
    const season = SEASON_CODES.fall;
    const year = resolveYear(now.year, season, now.index, tenseAround(context.text, index, index + match[1].length), 4);
    return statedResult(context, index, match[1], { type: 'DATE', value: `${formatYear(year)}-${SEASON_VALUES[season]}` });
  },
};
