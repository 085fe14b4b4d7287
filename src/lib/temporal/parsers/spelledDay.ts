// A day of the month spelled out after its month, as wire copy of the 1980s wrote the days one
// to nine ("as of May one", "the week ended April three", "effective March eight"). Only where
// the number ends the phrase (punctuation, the end, or a word that joins or bounds dates: "and",
// "to", "through"), or after a word that names a day ("the week ended April three rose", "on May
// two"): "In May one analyst said" and "In March two companies merged" count things.
// The year is found as for any month-day (tenseDirection.ts and the story's context).
import type { Parser } from 'chrono-node';

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const DAYS = ['one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine'];

const PATTERN = new RegExp(
  `(?<![\\w-])(${MONTHS.join('|')})\\s+(${DAYS.join('|')})(?![\\w-])(?:(?=\\s*(?:[.,;:)]|$|\\s+(?:and|to|through|or|until|till|from)\\s))|(?<=\\b(?:ended|ending|effective|since|until|till|of|on)\\s+\\w+\\s+\\w+))`,
);

export const spelledDayParser: Parser = {
  pattern: () => PATTERN,
  extract(context, match) {
    return context.createParsingResult(match.index!, match[0], context.createParsingComponents({ month: MONTHS.indexOf(match[1]) + 1, day: DAYS.indexOf(match[2]) + 1 }));
  },
};
