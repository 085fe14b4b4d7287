// Dates as people read them on a page ("Nov. 5, 2025 9:30 a.m. ET", "19. Juli 2014",
// "Publié le 29 juin 2019", "06.10.2017 11:15", "2019年2月13日") -> `YYYY-MM-DD[THH:MM]`.
// Must not know about the DOM or which element the text came from; relative stamps
// ("5 hours ago") carry no date and are never read as one.
import { monthNumber } from './months';
import { fullYear, readFigures, type NumericOrder } from './numericDate';
import { validDate } from './published';

export interface TextDate {
  value: string;
  /** Where the date starts and ends in the text searched. */
  start: number;
  end: number;
}

// Every pattern is one flat alternation of bounded pieces: no nested quantifiers.
type Read = (m: RegExpExecArray, text: string, order: NumericOrder | null) => [number, number, number] | null;
// The label of a stamp a few words before a short-year day ("Last updated at 13:44pm on 07.01.08")
const STAMP_LABEL = /\b(?:posted|published|updated?|modified)\b[^.!?]{0,24}$/i;

const PATTERNS: { re: RegExp; read: Read }[] = [
  // 2019-05-23 (ISO, as many bylines print it)
  { re: /\b(\d{4})-(\d{2})-(\d{2})\b/g, read: (m) => [+m[1], +m[2], +m[3]] },
  // 2019年2月13日
  { re: /(\d{4})\s?年\s?(\d{1,2})\s?月\s?(\d{1,2})\s?日/g, read: (m) => [+m[1], +m[2], +m[3]] },
  // 06.10.2017 and the Czech/Slovak 6. 10. 2017: day first wherever dots are used
  { re: /\b(\d{1,2})\.\s?(\d{1,2})\.\s?(\d{4})\b/g, read: (m) => [+m[3], +m[2], +m[1]] },
  // 2019/02/13 and 2019.03.08 (year first, as East Asian outlets print a day)
  { re: /\b(\d{4})[/.](\d{1,2})[/.](\d{1,2})\b/g, read: (m) => [+m[1], +m[2], +m[3]] },
  // 12/16/2016, 16-12-2016, 07/01/2008: the order as numericDate.ts tells it
  {
    re: /\b(\d{1,2})([/-])(\d{1,2})\2(\d{4})\b/g,
    read: (m, text, order) => readFigures(+m[1], +m[3], +m[4], text.slice(Math.max(0, m.index - 40), m.index), text.slice(m.index + m[0].length, m.index + m[0].length + 40), order),
  },
  // a stamp's two-digit year: 07.01.08 (day first, as dots are), 1/14/08
  {
    re: /\b(\d{1,2})([/.])(\d{1,2})\2(\d{2})(?!\d|[./-]\d)/g,
    read: (m, text, order) => {
      const before = text.slice(Math.max(0, m.index - 40), m.index);
      const after = text.slice(m.index + m[0].length, m.index + m[0].length + 40);
      if (!STAMP_LABEL.test(before) && !timeAfter(after)) return null;
      const year = fullYear(+m[4]);
      return m[2] === '.' ? [year, +m[3], +m[1]] : readFigures(+m[1], +m[3], year, before, after, order);
    },
  },
  // Sat, 29 Dec 15:58:00 2007 (the C library's stamp: the clock before the year)
  {
    re: /\b(\d{1,2})\s([A-Za-z]{3})\s\d{1,2}:\d{2}(?::\d{2})?\s(\d{4})\b/g,
    read: (m) => (monthNumber(m[2]) ? [+m[3], monthNumber(m[2]), +m[1]] : null),
  },
  // 19. Juli 2014, 29 juin 2019, 5th November 2025, 5 de junio de 2019, 5 listopadu 2025
  {
    re: /\b(\d{1,2})(?:st|nd|rd|th|\.|º)?\s{1,3}(?:de\s|of\s)?\s?([\p{L}]{3,12}\.?),?\s{1,3}(?:de\s{1,3})?(\d{4})\b/gu,
    read: (m) => (monthNumber(m[2]) ? [+m[3], monthNumber(m[2]), +m[1]] : null),
  },
  // Nov. 5, 2025 and November 5th, 2025
  {
    re: /([\p{L}]{3,12}\.?)\s{1,3}(\d{1,2})(?:st|nd|rd|th)?,?\s{1,3}(\d{4})\b/gu,
    read: (m) => (monthNumber(m[1]) ? [+m[3], monthNumber(m[1]), +m[2]] : null),
  },
];

// A time right after the date: "9:30 a.m.", ", 11:15", " um 11:15 Uhr", " à 10h30", " at 5 p.m.".
// CMS stamps often print the seconds ("7:41:09 PM"): they are skipped so the a.m./p.m. after
// them is still read, or an evening stamp would be taken for the morning.
const TIME_AFTER = /^\s{0,3}(?:[,|–-]|at|um|à|a las|alle|às|om|o)?\s{0,3}(\d{1,2})(?:[:h](\d{2})(?::\d{2})?)?\s?(a\.?\s?m\.?|p\.?\s?m\.?)?/i;

function timeAfter(rest: string): string {
  const m = TIME_AFTER.exec(rest.slice(0, 32));
  if (!m) return '';
  let hour = +m[1];
  const minute = m[2] === undefined ? 0 : +m[2];
  if (m[2] === undefined && !m[3]) return ''; // a bare number after a date is not a time
  if (m[3]) {
    if (hour < 1 || hour > 12) return '';
    const pm = /^p/i.test(m[3]);
    hour = (hour % 12) + (pm ? 12 : 0);
  }
  if (hour > 23 || minute > 59) return '';
  return `T${String(hour).padStart(2, '0')}:${String(minute).padStart(2, '0')}`;
}

/**
 * Every date written in `text` (at most `max`), in reading order. `order` is the page's order of
 * a day in figures (numericDate.ts), for the days whose figures read both ways.
 */
export function textDates(text: string, max = 20, order: NumericOrder | null = null): TextDate[] {
  const found: TextDate[] = [];
  for (const { re, read } of PATTERNS) {
    re.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = re.exec(text)) && found.length < max * 2) {
      const ymd = read(m, text, order);
      if (!ymd) continue;
      const start = m.index;
      const end = start + m[0].length;
      if (found.some((f) => start < f.end && end > f.start)) continue; // an earlier pattern read it
      const day = validDate(ymd[0], ymd[1], ymd[2]);
      if (day) found.push({ value: day + timeAfter(text.slice(end)), start, end });
    }
  }
  return found.sort((a, b) => a.start - b.start).slice(0, max);
}

/** The first date written in `text`, or null. */
export function firstTextDate(text: string): TextDate | null {
  return textDates(text, 1)[0] ?? null;
}
