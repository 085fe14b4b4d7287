// Reads a chrono result as a TimeML type, value and mod. A news parser states its value in
// tags; for chrono's own date parsers the value follows what the text stated: a day, a month,
// a year, or a time of day (converted to UTC with a Z when the text named a zone, as TimeML
// corpora write "18:00 UTC"). Knows nothing of spans or sentences.
import type { ParsingComponents, ParsingResult } from 'chrono-node';
import { addDays, formatDay, formatMonth, formatYear, type YMD } from './calendar';
import { readStated, type StatedTimex } from './context';

const pad = (n: number) => String(n).padStart(2, '0');

function dayOf(c: ParsingComponents): YMD {
  return { year: c.get('year')!, month: c.get('month')!, day: c.get('day')! };
}

function timeValue(c: ParsingComponents, day: YMD): string {
  let hour = c.get('hour') ?? 0;
  let minute = c.get('minute') ?? 0;
  let date = day;
  if (!c.isCertain('timezoneOffset')) return `${formatDay(date)}T${pad(hour)}:${pad(minute)}`;
  const total = hour * 60 + minute - (c.get('timezoneOffset') ?? 0);
  const dayShift = Math.floor(total / 1440);
  const inDay = total - dayShift * 1440;
  [hour, minute, date] = [Math.floor(inDay / 60), inDay % 60, addDays(date, dayShift)];
  return `${formatDay(date)}T${pad(hour)}:${pad(minute)}Z`;
}

export function resultTimex(result: ParsingResult): StatedTimex | null {
  const stated = readStated(result);
  const c = result.start;
  if (stated) {
    // A stated day merged with a time by chrono ("yesterday at 3 p.m."): a TIME on that day.
    if (c.isCertain('hour') && /^\d{4}-\d{2}-\d{2}$/.test(stated.value)) {
      const [year, month, day] = stated.value.split('-').map(Number);
      return { type: 'TIME', value: timeValue(c, { year, month, day }) };
    }
    return stated;
  }
  return componentsTimex(c);
}

/** The value of chrono's own components: what the text stated, at the precision it stated. */
export function componentsTimex(c: ParsingComponents): StatedTimex | null {
  if (c.get('year') === null || c.get('month') === null) return null;
  if (c.isCertain('hour')) return { type: 'TIME', value: timeValue(c, dayOf(c)) };
  if (c.isCertain('day') || c.isCertain('weekday')) return { type: 'DATE', value: formatDay(dayOf(c)) };
  if (c.isCertain('month')) return { type: 'DATE', value: formatMonth(c.get('year')!, c.get('month')!) };
  if (c.isCertain('year')) return { type: 'DATE', value: formatYear(c.get('year')!) };
  return null;
}
