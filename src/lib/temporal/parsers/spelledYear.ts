// Years spelled out in words, as quotes, transcripts and speeches print them: "nineteen
// ninety-six", "nineteen eighty", "two thousand and one", "the year two thousand", "twenty
// twenty". Numbers read this way are only years after a word that introduces a time ("in",
// "since", "by", "of", "the year", "until", "from"), since "nineteen twenty-year-olds" counts,
// or opening a sentence, where news spells out what it would print in figures elsewhere
// ("Nineteen eighty-nine was a hard year for steel"); there only a century and its tens, since
// a sentence also opens with a spelled count ("Twenty-five people", "Two thousand workers").
import type { Parser } from 'chrono-node';
import { formatYear } from '../calendar';
import { statedResult } from '../context';

const UNITS: Record<string, number> = { one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9 };
const TEENS: Record<string, number> = {
  ten: 10, eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18, nineteen: 19,
};
const TENS: Record<string, number> = { twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90 };

const UNIT = 'one|two|three|four|five|six|seven|eight|nine';
const TEEN = 'ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen';
const TEN = 'twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety';
// 1..99 in words: "six", "sixteen", "ninety-six", "ninety six"
const UPTO99 = `(?:(?:${TEN})(?:[\\s-](?:${UNIT}))?|${TEEN}|${UNIT})`;

// what may stand before a sentence's first word: space, quotation marks, a parenthesis
const OPENING = '[\\s"\'(\\u201c\\u2018]*';
const SENTENCE_START = new RegExp(`^${OPENING}$`);
const CENTURY_AND_TENS = new RegExp(`^(?:eighteen|nineteen)\\s+(?:${TEN})(?:[\\s-](?:${UNIT}))?$`, 'i');
const INTRODUCED = /\b(?:in|of|since|by|until|till|from|to|before|after|year|class|summer|spring|autumn|fall|winter)\s+$/i;

const PATTERN = new RegExp(
  `(?<=\\b(?:in|of|since|by|until|till|from|to|before|after|year|class|summer|spring|autumn|fall|winter)\\s+|^${OPENING})` +
    `(?:(eighteen|nineteen|twenty)[\\s-](hundred|oh[\\s-](?:${UNIT})|${UPTO99})|two\\s+thousand(?:\\s+(?:and\\s+)?(${UPTO99}))?)(?![\\w-])`,
  'i',
);

function wordsValue(words: string): number {
  const parts = words.toLowerCase().split(/[\s-]+/);
  return parts.reduce((sum, p) => sum + (UNITS[p] ?? TEENS[p] ?? TENS[p] ?? 0), 0);
}

export const spelledYearParser: Parser = {
  pattern: () => PATTERN,
  extract(context, match) {
    // chrono reads on after each match from where it ended: "^" is only the sentence's start
    // when nothing but an opening stands before the match in the whole sentence
    const before = context.text.slice(0, match.index);
    if (!INTRODUCED.test(before) && !(SENTENCE_START.test(before) && CENTURY_AND_TENS.test(match[0]))) return null;
    let year: number;
    if (match[1]) {
      const century = TEENS[match[1].toLowerCase()] ?? TENS[match[1].toLowerCase()];
      const rest = match[2].toLowerCase();
      year = century * 100 + (rest === 'hundred' ? 0 : wordsValue(rest.replace(/^oh[\s-]/, '')));
    } else year = 2000 + (match[3] ? wordsValue(match[3]) : 0);
    // "the year two thousand": the span takes the noun in, as TimeML spans take "the year 2000"
    const lead = /\bthe\s+year\s+$/i.exec(context.text.slice(Math.max(0, match.index! - 9), match.index))?.[0].length ?? 0;
    const start = match.index! - lead;
    return statedResult(context, start, context.text.slice(start, match.index! + match[0].length), { type: 'DATE', value: formatYear(year) });
  },
};
