// Decades and centuries: "the 1990s" (199), "the '80s", "the 90s" (199), "the Roaring Twenties"
// (192), "the 21st century" (20); "the mid-1990s" too (periodModifier.ts adds the MID). A two-digit decade belongs to the last century unless it is not later than
// publication's own decade ("the 20s" in 2025 is the 2020s).
import type { Parser } from 'chrono-node';
import { publicationDay, statedResult } from '../context';

const PATTERN =
  /(?<![\w$£€])(?<!(?<!\bmid)-)(?:the\s+)?(?:(\d{3})0s|['\u2019](\d)0s|(?<=\b(?:the|and|or|to|early|mid|late)\s+|\bmid-)(\d)0s|(\d{1,2})(?:st|nd|rd|th)\s+century|(?<=\bthe\s+(?:(?:early|mid|late)\s+)?)(?:(?:Roaring|Swinging)\s+)?(Twenties|Thirties|Forties|Fifties|Sixties|Seventies|Eighties|Nineties))(?![\w-])/i;

const DECADE_WORDS = ['twenties', 'thirties', 'forties', 'fifties', 'sixties', 'seventies', 'eighties', 'nineties'];

export const decadeParser: Parser = {
  pattern: () => PATTERN,
  extract(context, match) {
    let value: string;
    // "the 1800s" is a century; "the 2000s" in news is the decade 2000-2009
    if (match[1]) value = /^1\d0$/.test(match[1]) ? match[1].slice(0, 2) : match[1];
    else if (match[4]) value = String(Number(match[4]) - 1).padStart(2, '0');
    // "the Roaring Twenties", "the Sixties": capitalised, a decade of the last century ("in the
    // sixties" in lower case is as often a temperature or an age)
    else if (match[5]) {
      if (!/^[A-Z]/.test(match[5])) return null;
      value = `19${DECADE_WORDS.indexOf(match[5].toLowerCase()) + 2}`;
    }
    else {
      const digit = Number(match[2] ?? match[3]);
      const published = publicationDay(context);
      const nowDecade = Math.floor((published.year % 100) / 10);
      const century = Math.floor(published.year / 100);
      value = `${digit <= nowDecade ? century : century - 1}${digit}`;
    }
    return statedResult(context, match.index!, match[0], { type: 'DATE', value });
  },
};
