// A calendar quarter named by its months, as statistics and results copy names one: "January-March
// imports", "the January/March trade deficit", "the April-May-June period", "the January through
// March period in 1987", "the January-March first quarter". Only a quarter's own months make one
// (a quarter's first month and the month two after it): "April/May shipment" (two months of a
// trade) is two months, and "from January to March" (the bounds of a change) two dates, so the
// "through"/"to" form needs "period" after it. A hyphen may stand before a space where wire copy
// broke its line after it ("October-\nDecember 1986", read back as "October- December 1986").
import type { Parser } from 'chrono-node';
import { formatYear } from '../calendar';
import { publicationDay, statedResult } from '../context';
import { resolveYear } from '../direction';
import { tenseAround } from '../tense';

const FIRST = ['January', 'April', 'July', 'October'];
const LAST = ['March', 'June', 'September', 'December'];
const ORDINALS = ['first|1st', 'second|2nd', 'third|3rd', 'fourth|4th'];

const PATTERN =
  /(?<![\w-])(?:(the)\s+(?:(\d{4})\s+)?)?(January|April|July|October)(?:[-\u2013/](?:February|May|August|November)[-\u2013/]|([-\u2013/]|-\s)|\s+(through|to)\s+)(March|June|September|December)(?![\w-])/;

export const quarterMonthsParser: Parser = {
  pattern: () => PATTERN,
  extract(context, match) {
    const n = FIRST.indexOf(match[3]) + 1;
    if (LAST.indexOf(match[6]) + 1 !== n) return null;
    const end = match.index! + match[0].length;
    const after = context.text.slice(end, end + 40);
    // "January-March 15": a day closes the span, the months are no quarter's
    if (/^\s+\d{1,2}(?!\d)/.test(after)) return null;
    // what follows and belongs to the span: its year ("January-March 1987"), "period" with or
    // without its year ("period in 1987"), or the quarter's own name ("first quarter", "quarter")
    const tail =
      /^(?:,?\s+(?:of\s+)?(\d{4})(?![\w-]))?(?:\s+period(?:\s+(?:in|of)\s+(\d{4})(?![\w-]))?|\s+(?:(?:[a-z0-9]+)\s+)?quarter(?![\w-]))?/i.exec(after)!;
    const ordinal = /\s+([a-z0-9]+)\s+quarter$/i.exec(tail[0])?.[1];
    if (ordinal && !new RegExp(`^(?:${ORDINALS[n - 1]})$`, 'i').test(ordinal)) return null;
    const named = /period|quarter/i.test(tail[0]);
    // "the record volume for January through March of 1987": "through" with the year after the
    // months names the quarter as "period" does ("from January through March 1987", "to" and a
    // year alone still bound a change: two dates)
    const throughYear = match[5] === 'through' && /^,?\s+of\s+\d{4}/.test(tail[0]) && !/\bfrom\s+$/i.test(context.text.slice(Math.max(0, match.index! - 6), match.index));
    if (match[5] && !named && !throughYear) return null;
    // "the" belongs to the span only with the noun it goes with
    const start = match[1] && !named ? match.index! + match[0].indexOf(match[3]) : match.index!;
    if (match[1] && !named && match[2]) return null;
    const text = context.text.slice(start, end + tail[0].length);
    const written = match[2] ?? tail[1] ?? tail[2];
    const published = publicationDay(context);
    const current = Math.floor((published.month - 1) / 3) + 1;
    const year = written ? Number(written) : resolveYear(published.year, n, current, tenseAround(context.text, start, start + text.length), 4);
    return statedResult(context, start, text, { type: 'DATE', value: `${formatYear(year)}-Q${n}` });
  },
};
