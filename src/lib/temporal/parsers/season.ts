// Seasons with or without a year: "spring 2026", "the summer of 2024", "winter", "early
// autumn". "last summer"/"this winter" are relative periods (relativePeriod.ts). A bare season
// takes the sentence's tense. "fall" is a season only with a year or after "in the"/"this",
// and not as "the fall of" something. A season before a crop or clothing names a kind, no time:
// "winter wheat", "spring crops", "winter clothing prices", "spring merchandise" (grain and
// retail reports), "an ordinary winter flu virus" (health). A season spoken of with "a" ("in a
// bad seasonal flu winter we would get ...", "a mild winter") is any such season, no calendar
// place, and is not tagged.
import type { Parser } from 'chrono-node';
import { formatYear } from '../calendar';
import { publicationDay, statedResult } from '../context';
import { resolveYear } from '../direction';
import { tenseAround } from '../tense';
import { SEASON_CODES, SEASON_VALUES, seasonOf } from './names';

const PATTERN =
  /(?<![\w-])(?:the\s+)?(spring|summer|autumn|winter|fall)(?:\s+(?:of\s+)?(\d{4})(?![\w-]))?(?![\w-])(?!\s+(?:olympics|games|school|camp|festival|collection|session|break|holidays?|transfer|league|wheat|barley|oats|rye|rapeseed|canola|crops?|grains?|plantings|clothing|clothes|wear|coats?|tyres?|tires?|merchandise|flu|influenza|vir(?:us|uses)|vaccines?))/i;

// ("a" and at most three describing words: "a bad seasonal flu ", "an unusually mild ")
const INDEFINITE_BEFORE = /\b(?:a|an)\s+(?:[a-z-]+\s+){0,3}$/i;
// (the season the phrase's head: a word that ends the noun phrase follows; "a spring election"
// names when the election is, and keeps it)
const HEAD_NOUN_AFTER = /^(?:\s*(?:[,.;:!?)]|$)|\s+(?:of|for|in|on|at|we|they|he|she|it|I|you|when|that|which|is|was|has|had|will|would|and|or|but)\b)/;

export const seasonParser: Parser = {
  pattern: () => PATTERN,
  extract(context, match) {
    const word = match[1].toLowerCase();
    const before = context.text.slice(Math.max(0, match.index! - 8), match.index);
    if (word === 'fall' && !match[2] && !/\b(?:in|by|this|until|since)\s+(?:the\s+)?$/i.test(before + (match[0].startsWith('the') ? 'the ' : ''))) {
      // "will persist well into the fall", "through the fall", "during the fall": a stretch of
      // time reaching into the season ("an inquiry into the fall in prices" is a drop)
      if (!/\b(?:into|through|during|till)\s+$/i.test(before) || !match[0].startsWith('the') || /^\s+(?:in|of)\b/i.test(context.text.slice(match.index! + match[0].length, match.index! + match[0].length + 5))) return null;
    }
    // "by the fall of the Callaghan government", "after the fall of Saigon": a fall of something
    // is its collapse; the season's "of" takes a year or "that year" (ofThatYear.ts)
    if (word === 'fall' && !match[2] && /^\s+of\s+(?!(?:(?:that|this|last|next|the\s+(?:same|following|previous))\s+)?year\b|\d)/i.test(context.text.slice(match.index! + match[0].length, match.index! + match[0].length + 30))) return null;
    if (!match[2] && !match[0].startsWith('the') && INDEFINITE_BEFORE.test(context.text.slice(Math.max(0, match.index! - 40), match.index)) && HEAD_NOUN_AFTER.test(context.text.slice(match.index! + match[0].length, match.index! + match[0].length + 12))) return null;
    // "Spring" as a name inside a capitalised phrase ("Arab Spring", "Palm Springs")
    if (/[A-Z][a-z]+\s+$/.test(before) && /^[A-Z]/.test(match[1])) return null;
    const index = SEASON_CODES[word];
    let year: number;
    if (match[2]) year = Number(match[2]);
    else {
      const now = seasonOf(publicationDay(context));
      year = resolveYear(now.year, index, now.index, tenseAround(context.text, match.index!, match.index! + match[0].length), 4);
    }
    return statedResult(context, match.index!, match[0], { type: 'DATE', value: `${formatYear(year)}-${SEASON_VALUES[index]}` });
  },
};
