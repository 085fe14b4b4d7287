// "After a summer of historic tumult, the path to the presidency ... is becoming clearer",
// "struggling to keep up with bills after a summer of lost revenue": a season spoken of with "a"
// is any such season (season.ts leaves "a mild winter" untagged), but after "after" or
// "following" and before "of" and what filled it, news means the season just gone — the last
// one of that name that has begun by the day of writing. Guarded in newsChrono.ts by its words.
import type { Parser } from 'chrono-node';
import { formatYear } from '../calendar';
import { publicationDay, statedResult } from '../context';
import { SEASON_CODES, SEASON_VALUES, seasonOf } from './names';

const PATTERN = /\b(?:after|following)\s+(an?\s+(?:[a-z]+\s+)?(summer|winter|spring|autumn|fall))\s+of\s+(?!the\b|this\b|that\b|\d)/i;

export const afterASeasonParser: Parser = {
  pattern: () => PATTERN,
  extract(context, match) {
    const index = match.index! + match[0].indexOf(match[1]);
    const now = seasonOf(publicationDay(context));
    const season = SEASON_CODES[match[2].toLowerCase()];
    // (the season just gone, or the one under way; a winter begun in December is the year's)
    const year = season <= now.index ? now.year : now.year - 1;
    return statedResult(context, index, match[1], { type: 'DATE', value: `${formatYear(year)}-${SEASON_VALUES[season]}` });
  },
};
