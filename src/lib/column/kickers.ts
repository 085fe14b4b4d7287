// The words over each entry: its date kicker in the house style, written with its year when
// the year changes down the column (and on the first), left out when it repeats the entry
// above; and the modality word beside it. Pure.
import type { TimelineEvent } from '../document';
import { formatWhen, statesYear, type DateStyle } from '../house';

const MODALITY: Record<string, string> = {
  planned: 'Planned',
  expected: 'Expected',
  possible: 'Possible',
  conditional: 'If conditions are met',
  'did-not-happen': 'Did not happen',
};

export function modalityWord(event: TimelineEvent): string | null {
  return event.modality ? (MODALITY[event.modality] ?? null) : null;
}

/** Keeps the last year written and the last kicker, so a column writes each once. */
export class KickerWriter {
  #year: string | null = null;
  #last: string | null = null;
  constructor(private readonly style: DateStyle) {}

  /** The year a later entry need not repeat (after the Published marker wrote it). */
  wroteYear(year: string): void {
    this.#year = year;
    this.#last = null;
  }

  next(event: TimelineEvent): string | null {
    const when = event.when;
    if (!when.start) return null;
    const year = when.start.slice(0, 4);
    const endYear = (when.end ?? when.start).slice(0, 4);
    const withYear = year !== this.#year || endYear !== year;
    // Same date as the entry above (compared written in full): no second kicker.
    const key = formatWhen(when, this.style, true);
    if (key === this.#last) return null;
    this.#last = key;
    const text = formatWhen(when, this.style, withYear);
    // A span across years ("1921-1923") does not say which of them the next entry is in: a "May 1"
    // under it reads as the publication year's, so the next entry writes its year again.
    if (statesYear(when)) this.#year = endYear === year ? year : null;
    return text;
  }
}
