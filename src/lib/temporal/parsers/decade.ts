// Decades and centuries: "the 1990s" (199), "the '80s", "the 90s" (199), "the Roaring Twenties"
// (192), "the aughts" (200), "the 21st century", "the twentieth century" (20, 19); "the
// mid-1990s", "the late-1970s", "the early-'90s" too (periodModifier.ts adds the MID, END,
// START: the wire and magazines hyphenate the part as often as they space it). A two-digit
// decade belongs to the last century unless it is not later than publication's own decade
// ("the 20s" in 2025 is the 2020s). A bare two-digit "70s" after a possessive ("in his late
// 70s") is an age, and near a temperature word ("highs in the mid-80s") a temperature.
import type { Parser } from 'chrono-node';
import { publicationDay, statedResult } from '../context';

const PART = '(?:early|mid|late)';
// (spelled out from the tenth on: "the second century of its history" counts the story's own)
const ORDINALS = ['first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth', 'tenth', 'eleventh', 'twelfth', 'thirteenth', 'fourteenth', 'fifteenth', 'sixteenth', 'seventeenth', 'eighteenth', 'nineteenth', 'twentieth', 'twenty[\\s-]first'];

const PATTERN = new RegExp(
  `(?<![\\w$£€])(?<!(?<!\\b${PART})-)(?:the\\s+)?(?:(\\d{3})0s|['\\u2019](\\d)0s|(?<=\\b(?:the|and|or|to|${PART})\\s+|\\b${PART}-)(\\d)0s|(\\d{1,2})(?:st|nd|rd|th)\\s+century|` +
    `(?<=\\bthe\\s+(?:${PART}[\\s-]+)?)(?:(?:Roaring|Swinging)\\s+)?(Twenties|Thirties|Forties|Fifties|Sixties|Seventies|Eighties|Nineties)|` +
    `(?<=\\bthe\\s+(?:${PART}[\\s-]+)?)(aughts|noughties)|(${ORDINALS.slice(9).join('|')})\\s+century)(?![\\w-])`,
  'i',
);

const DECADE_WORDS = ['twenties', 'thirties', 'forties', 'fifties', 'sixties', 'seventies', 'eighties', 'nineties'];

// "in his late 70s", "in their early 60s": a person's age
// (and a profile's field, "Age: early 30s", "aged in his mid-40s")
const POSSESSIVE_BEFORE = /\b(?:(?:his|her|their|my|your|our)\s+|age[sd]?\s*:?\s*(?:in\s+(?:the\s+)?)?)(?:(?:early|mid|late)[\s-]*)?$/i;
// "highs in the mid-80s", "temperatures in the 70s" (not "inflation ran high in the 70s")
// "in the low to mid-20s", "the upper 30s": a band of readings or ages; a decade's parts are
// early, mid and late, never low, high or upper
const NUMBER_BAND = /\b(?:low|lower|high|upper)(?:\s+(?:to|and|or)\s+(?:the\s+)?(?:early|mid|late)?)?[\s-]*$/i;
const TEMPERATURE = /\b(?:temperatures?|degrees?|highs|lows|an?\s+(?:high|low)|fahrenheit|celsius|thermometers?|mercury|heat)\b|°/i;

export const decadeParser: Parser = {
  pattern: () => PATTERN,
  extract(context, match) {
    let value: string;
    // "the 1800s" is a century; "the 2000s" in news is the decade 2000-2009
    if (match[1]) value = /^1\d0$/.test(match[1]) ? match[1].slice(0, 2) : match[1];
    else if (match[4]) value = String(Number(match[4]) - 1).padStart(2, '0');
    else if (match[7]) value = String(ORDINALS.findIndex((o) => new RegExp(`^${o}$`, 'i').test(match[7]))).padStart(2, '0');
    // "the Roaring Twenties", "the Sixties": capitalised, a decade of the last century ("in the
    // sixties" in lower case is as often a temperature or an age)
    else if (match[5]) {
      if (!/^[A-Z]/.test(match[5])) return null;
      value = `19${DECADE_WORDS.indexOf(match[5].toLowerCase()) + 2}`;
    }
    // "the aughts", "the noughties": the first decade of the century publication is in (of
    // 1900 before it)
    else if (match[6]) value = publicationDay(context).year >= 2000 ? '200' : '190';
    else {
      if (match[3]) {
        const before = context.text.slice(Math.max(0, match.index! - 60), match.index!);
        if (POSSESSIVE_BEFORE.test(before)) return null;
        const around = context.text.slice(Math.max(0, match.index! - 60), match.index! + match[0].length + 30);
        if (TEMPERATURE.test(around) || NUMBER_BAND.test(before)) return null;
      }
      const digit = Number(match[2] ?? match[3]);
      const published = publicationDay(context);
      const nowDecade = Math.floor((published.year % 100) / 10);
      const century = Math.floor(published.year / 100);
      value = `${digit <= nowDecade ? century : century - 1}${digit}`;
    }
    return statedResult(context, match.index!, match[0], { type: 'DATE', value });
  },
};
