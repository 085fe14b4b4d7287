// The day a page was served is not the day its story ran. Sites of the 2000s print today's date
// in the masthead, above the menu and the headline, on every page they serve ("Make us your
// homepage Thursday 17 January 2008 Home News Sport ..."): a story stamped 29 December reads as
// the 17th of January when that line is taken for its dateline. The story's own stamp stands
// beside its headline or byline, below the masthead, and can only be on or before the day the page
// was served. Must not know about the DOM, meta tags or the cascade: it reads the page's visible
// text (region.ts's visibleText) and the printed headline's words.
import { textDates, type TextDate } from './textDate';
import { saysPublished, saysUpdated } from './updated';
import { validDate } from './published';

// A masthead prints the day in full, with its weekday ("Tuesday, January 15, 2008", "Tue,
// January 15, 2008", "Wednesday 16 January 2008").
const WEEKDAY_BEFORE = /\b(?:mon|tue|tues|wed|wednes|thu|thur|thurs|fri|sat|satur|sun)(?:day)?\.?,?\s*$/i;
// ... and no label: "Posted Tuesday, ..." or "By Jo Kett Tuesday, ..." is a story's stamp.
const BYLINE_BEFORE = /\b[Bb][Yy]\s+\p{Lu}[^.|]{0,60}$/u;
// A clock a template prints between a stamp's label and its day ("Last Updated: 2:55am GMT 29/12/2007").
const CLOCK_BEFORE = /\d{1,2}[:.]\d{2}\s*(?:[ap]\.?m\.?)?\s*(?:GMT|UTC|[A-Z]{2,4})?\s*$/i;
// Where the story's stamp may stand: just above the headline (a kicker's or a byline's over it), or
// below it in the byline, labelled.
const ABOVE_HEADLINE = 150;
const BELOW_HEADLINE = 500;
const MIN_HEADLINE = 12;
const OPENING_WORDS = 3;
const MAX_DATES = 40;
// A story served more than a year after it ran is an archive page; the stamp is then not the one meant.
const MAX_DAYS_BEFORE = 366;
const DAY_MS = 86_400_000;

const dayOf = (value: string) => Date.parse(`${value.slice(0, 10)}T00:00:00Z`);

function labelled(before: string): 'published' | 'updated' | null {
  const unclocked = before.replace(CLOCK_BEFORE, '');
  if (saysPublished(unclocked) || BYLINE_BEFORE.test(before)) return 'published';
  if (saysUpdated(unclocked)) return 'updated';
  return null;
}

/**
 * Where the page's first date is a masthead's day (printed with its weekday, unlabelled, above the
 * printed headline) and `picked` is that day: the story's own stamp near the headline, on or
 * before it, else null. `headlines` are the headline's printed forms (the h1's words, the
 * <title>'s longest part).
 */
export function stampUnderMasthead(text: string, headlines: string[], picked: string): string | null {
  const dates = textDates(text, MAX_DATES);
  const masthead = dates[0];
  if (!masthead) return null;
  const served = dayOf(masthead.value);
  // the pick is the masthead's day, or a day after it, which no story served that day can bear
  if (dayOf(picked) < served) return null;
  const before = text.slice(Math.max(0, masthead.start - 60), masthead.start);
  if (!WEEKDAY_BEFORE.test(before) || labelled(before.replace(WEEKDAY_BEFORE, ''))) return null;
  let at = -1;
  let length = 0;
  for (const h of headlines) {
    // its opening words: a template may space the words it prints apart ("£ 1m-an-hour")
    const opening = h.split(' ').slice(0, OPENING_WORDS).join(' ');
    if (opening.length < MIN_HEADLINE) continue;
    const found = text.indexOf(opening, masthead.end);
    if (found >= 0 && (at < 0 || found < at)) [at, length] = [found, h.length];
  }
  if (at < 0) return null;
  const fits = (value: string) => {
    const day = dayOf(value);
    return day <= served && day >= served - MAX_DAYS_BEFORE * DAY_MS;
  };
  const dayFirst = /^\d/.test(text.slice(masthead.start, masthead.end));
  const from = Math.max(masthead.end, at - ABOVE_HEADLINE);
  const stamps = [...dates.slice(1).filter((d) => d.start >= from), ...numericDates(text, from, at + length + BELOW_HEADLINE)]
    // (a day in figures read both ways first, where the two readers found the same one)
    .sort((a, b) => a.start - b.start || +('other' in b) - +('other' in a));
  let updated: string | null = null;
  let end = -1;
  for (const d of stamps) {
    if (d.start > at + length + BELOW_HEADLINE) break;
    if (d.start < end) continue;
    end = d.end;
    const value = reading(d, fits, dayFirst);
    if (!value) continue;
    const label = labelled(text.slice(Math.max(0, d.start - 60), d.start));
    if (label === 'published' || (!label && d.end <= at)) return value;
    if (label === 'updated') updated ??= value;
  }
  return updated;
}

interface Numeric extends TextDate {
  /** The other reading of a day written in figures whose order the figures leave open. */
  other?: string;
}

// "08/01/2008", "01.09.2008": either order reads; textDate.ts reads only the slashed form
// whose order is certain, and the dotted one day first.
const NUMERIC = /\b(\d{1,2})([/.])\s?(\d{1,2})\2\s?(\d{4})\b/g;

function numericDates(text: string, from: number, to: number): Numeric[] {
  const out: Numeric[] = [];
  const part = text.slice(from, Math.max(from, to));
  for (const m of part.matchAll(NUMERIC)) {
    const [a, b, year] = [+m[1], +m[3], +m[4]];
    const dm = validDate(year, b, a);
    const md = validDate(year, a, b);
    if (!dm || !md || dm === md) continue;
    out.push({ value: dm, other: md, start: from + m.index!, end: from + m.index! + m[0].length });
  }
  return out;
}

/** The stamp's day that fits under the masthead; of two, the order the masthead writes. */
function reading(d: Numeric, fits: (value: string) => boolean, dayFirst: boolean): string | null {
  if (!d.other) return fits(d.value) ? d.value : null;
  const [first, second] = dayFirst ? [d.value, d.other] : [d.other, d.value];
  return fits(first) ? first : fits(second) ? second : null;
}
