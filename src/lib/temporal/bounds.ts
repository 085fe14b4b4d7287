// The years a TimeML value can hold: four digits, 0001 to 9999 (the document's `YYYY-MM-DD`
// and the date field's range). A date the text places outside them ("next year" read from
// 9999-06-01, "ten years ago" from 0003) cannot be written, so it is left untagged rather
// than written wrong. Knows nothing of text or chrono.
import { timexRange } from './range';

export const FIRST_DAY = '0001-01-01';
export const LAST_DAY = '9999-12-31';

const FOUR_DIGIT_DAYS = /^\d{4}-\d{2}-\d{2}$/;

/** Whether a year can be written in a TimeML value. */
export const yearInCalendar = (year: number) => Number.isInteger(year) && year >= 1 && year <= 9999;

/** Whether a DATE or TIME value lies wholly in 0001..9999; other types always do. */
export function valueInCalendar(type: string, value: string): boolean {
  if (type !== 'DATE' && type !== 'TIME') return true;
  // a signed year, a year of five digits, or of fewer than four before a dash ("1-Q3")
  if (/^-|^(?:FY)?\d{5}|^\d{1,3}-/.test(value)) return false;
  // a value of a year of four digits well inside them covers days inside them, whatever its
  // month, week, season or day (a two-digit field moves the range at most nine years on)
  const year = /^(?:FY)?(\d{4})/.exec(value);
  if (year && Number(year[1]) >= 2 && Number(year[1]) <= 9990) return true;
  const range = timexRange({ type, value });
  if (!range) return !/^0000/.test(value);
  return FOUR_DIGIT_DAYS.test(range.start) && FOUR_DIGIT_DAYS.test(range.end) && range.start >= FIRST_DAY && range.end <= LAST_DAY;
}
