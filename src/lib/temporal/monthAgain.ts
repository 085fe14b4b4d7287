// A month named again with "the" before its noun: "As early as February, Halliburton was getting
// poor results in lab tests ... Halliburton late Thursday night issued a statement disputing the
// commission staff's letter, calling the February tests 'preliminary'". The definite article
// points back to the tests the story has told of, in the February it has placed; where the
// later sentence tells no side of its own (its verbs are too far from the month to read), the
// month keeps the year first given to it, not the nearest February to publication.
// Only a bare month ("the February tests", not "the February 3 meeting"), only after an earlier
// bare mention of the same month, only values change. Knows nothing of events.
import type { Timex } from '../document';

const BARE_MONTH = /^(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?$/i;
const MONTH_VALUE = /^\d{4}-(\d{2})$/;
const THE_BEFORE = /\bthe\s+$/i;
const NOUN_AFTER = /^\s+[a-z]/;

/** `untold(t)`: whether t's own sentence tells no side of publication for it. */
export function monthsNamedAgain(text: string, timexes: Timex[], untold: (t: Timex) => boolean): Timex[] {
  const placed = new Map<string, string>();
  return timexes.map((t) => {
    const bare = BARE_MONTH.exec(t.text);
    if (!bare || !MONTH_VALUE.test(t.value)) return t;
    const name = bare[1].toLowerCase();
    const earlier = placed.get(name);
    if (earlier === undefined) {
      placed.set(name, t.value);
      return t;
    }
    if (earlier === t.value || !THE_BEFORE.test(text.slice(Math.max(0, t.start - 5), t.start)) || !NOUN_AFTER.test(text.slice(t.end, t.end + 3)) || !untold(t)) return t;
    return { ...t, value: earlier };
  });
}
