// A day of the month named alone: "on the 15th", "by the 20th", "since the 3rd". News writes it
// for a day of the current month, or of the month just over or about to begin when the verb
// points there: "closed on the 28th" written on the 3rd is last month's 28th; "is due on the
// 2nd" written on the 25th is next month's 2nd. Ordinals before a noun ("the 15th century",
// "the 20th anniversary", "the 3rd floor") or "of" ("the 15th of March", chrono's) are not days.
import type { Parser } from 'chrono-node';
import { addMonths, formatDay, monthLength } from '../calendar';
import { publicationDay, statedResult } from '../context';
import { tenseAround } from '../tense';

const PATTERN =
  /(?<=\b(?:on|by|until|till|since|from|before|after|through)\s+)the\s+([1-9]|[12]\d|3[01])(?:st|nd|rd|th)(?![\w-]|\s+(?:of|century|centuries|anniversary|birthday|floor|time|place|round|minute|hole|inning|day|week|month|year|amendment|district|precinct|street|avenue|division|grade|edition|annual|straight|consecutive)\b|\s+[A-Z])/i;

export const bareDayParser: Parser = {
  pattern: () => PATTERN,
  extract(context, match) {
    const day = Number(match[1]);
    const published = publicationDay(context);
    const tense = tenseAround(context.text, match.index!, match.index! + match[0].length);
    let month = { ...published, day: 1 };
    if (tense === 'past' && day > published.day) month = addMonths(month, -1);
    if (tense === 'future' && day < published.day) month = addMonths(month, 1);
    if (day > monthLength(month.year, month.month)) return null;
    return statedResult(context, match.index!, match[0], { type: 'DATE', value: formatDay({ ...month, day }) });
  },
};
