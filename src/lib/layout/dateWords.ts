// An event's date in words for people ("week of 27 October 2025", "March 2026",
// "4 November 2025"), from the inclusive days and granularity the extractor gave. Uses Intl in
// UTC so neither the machine's zone nor its clock matter. Knows nothing of layout or the DOM.
import type { EventWhen } from '../document';
import { dayDate, dayNumber } from './days';

const STYLES = {
  day: { day: 'numeric', month: 'long', year: 'numeric' },
  month: { month: 'long', year: 'numeric' },
} as const satisfies Record<string, Intl.DateTimeFormatOptions>;

// Formatting is slow next to a zoom frame's budget, and the same days recur every frame: keep
// one formatter per locale and style, and remember what each day formatted to.
const formats = new Map<string, (day: string) => string>();
function format(locale: string, style: keyof typeof STYLES): (day: string) => string {
  const key = `${locale}|${style}`;
  let f = formats.get(key);
  if (!f) {
    const fmt = new Intl.DateTimeFormat(locale, { ...STYLES[style], timeZone: 'UTC' });
    const seen = new Map<string, string>();
    f = (day) => {
      let text = seen.get(day);
      if (text === undefined) {
        if (seen.size > 20_000) seen.clear();
        text = fmt.format(dayDate(dayNumber(day)));
        seen.set(day, text);
      }
      return text;
    };
    formats.set(key, f);
  }
  return f;
}

const SEASONS: Record<string, string> = { SP: 'spring', SU: 'summer', FA: 'autumn', WI: 'winter' };
const MOD_WORDS: Record<string, (s: string) => string> = {
  APPROX: (s) => `around ${s}`,
  START: (s) => `early ${s}`,
  MID: (s) => `mid-${s}`,
  END: (s) => `late ${s}`,
  BEFORE: (s) => `before ${s}`,
  ON_OR_BEFORE: (s) => `by ${s}`,
  AFTER: (s) => `after ${s}`,
  ON_OR_AFTER: (s) => `from ${s}`,
};

/** One calendar day in words ("4 November 2025" in en-GB). */
export const dayInWords = (day: string, locale = 'en-GB'): string => format(locale, 'day')(day);

/** The date of `when` in words; "no date given" when undated. */
export function dateInWords(when: EventWhen, locale = 'en-GB'): string {
  if (!when.start) return 'no date given';
  const end = when.end ?? when.start;
  const day = format(locale, 'day');
  const month = format(locale, 'month');
  const year = when.start.slice(0, 4);
  let words: string;
  switch (when.granularity) {
    case 'day':
      words = when.start === end ? day(when.start) : `${day(when.start)} to ${day(end)}`;
      break;
    case 'week':
      // ("the past three weeks", "the coming weeks": a stretch of weeks is said by its days)
      words = dayNumber(end) - dayNumber(when.start) > 6 ? `${day(when.start)} to ${day(end)}` : `week of ${day(when.start)}`;
      break;
    case 'weekend':
      words = `weekend of ${day(when.start)}`;
      break;
    case 'month':
      words = when.start.slice(0, 7) === end.slice(0, 7) ? month(when.start) : `${month(when.start)} to ${month(end)}`;
      break;
    case 'season': {
      const code = /-(SP|SU|FA|WI)$/.exec(when.timex ?? '')?.[1];
      words = code ? `${SEASONS[code]} ${year}` : `${month(when.start)} to ${month(end)}`;
      break;
    }
    case 'quarter':
      words = `Q${Math.floor((Number(when.start.slice(5, 7)) - 1) / 3) + 1} ${year}`;
      break;
    case 'half':
      words = `${when.start.slice(5, 7) === '01' ? 'first' : 'second'} half of ${year}`;
      break;
    case 'year':
      words = year === end.slice(0, 4) ? year : `${year} to ${end.slice(0, 4)}`;
      break;
    case 'decade':
      words = `the ${year.slice(0, 3)}0s`;
      break;
    case 'century':
      words = `the ${Number(year.slice(0, 2)) + 1}th century`;
      break;
    default:
      words = when.start === end ? day(when.start) : `${day(when.start)} to ${day(end)}`;
  }
  const mod = when.mod ? MOD_WORDS[when.mod] : undefined;
  return mod ? mod(words) : words;
}

/** "past", "projected", and the modality when it says more ("projected, possible"). */
export function statusInWords(status: string, modality?: string): string {
  if (modality === 'did-not-happen') return `${status}, did not happen`;
  if (!modality || modality === 'asserted') return status;
  return `${status}, ${modality}`;
}
