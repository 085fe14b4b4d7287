// A day named twice in apposition: "Yet the following day, March 18, that answer was described",
// "On March 18, the following day, ministers met". Two timexes joined by nothing but a comma
// name one day, so the month and day written without a year take the year the other one was
// given (here the anaphoric day counted from the narrative's March 17, 2003), rather than the
// year their own sentence's tense would pick against publication. Only a day whose month and
// day agree with the other's is changed; spans, order and count stay. Knows nothing of events.
import type { Timex } from '../document';

const DAY = /^(\d{4})(-\d{2}-\d{2})$/;
// a month and a day with no year written ("March 18", "18 March", "Sept. 9")
const YEARLESS_DAY = /^(?!.*\b\d{4}\b)(?:[A-Z][a-z]{2,8}\.?\s+\d{1,2}(?:st|nd|rd|th)?|\d{1,2}(?:st|nd|rd|th)?\s+(?:of\s+)?[A-Z][a-z]{2,8}\.?)$/;
const COMMA = /^\s*,\s*$/;

/** Each yearless day given the year of the day it stands in apposition to. */
export function daysInApposition(text: string, timexes: Timex[]): Timex[] {
  let out: Timex[] | null = null;
  for (let i = 1; i < timexes.length; i++) {
    const a = timexes[i - 1];
    const b = timexes[i];
    if (!COMMA.test(text.slice(a.end, b.start))) continue;
    const da = DAY.exec(a.value);
    const db = DAY.exec(b.value);
    if (!da || !db || da[2] !== db[2] || da[1] === db[1]) continue;
    // the yearless one takes the other's year; two yearless ones, or two with years, are left
    const aBare = YEARLESS_DAY.test(a.text);
    const bBare = YEARLESS_DAY.test(b.text);
    if (aBare === bBare) continue;
    out ??= [...timexes];
    if (bBare) out[i] = { ...b, value: a.value };
    else out[i - 1] = { ...a, value: b.value };
  }
  return out ?? timexes;
}
