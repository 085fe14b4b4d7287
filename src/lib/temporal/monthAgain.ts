// A month or a day named again in the same story is the one the story first placed.
// "As early as February, Halliburton was getting poor results in lab tests ... Halliburton late
// Thursday night issued a statement disputing the commission staff's letter, calling the February
// tests 'preliminary'": "the" before a month and its noun points back to what the story told of in
// that month; where the later sentence tells no side of its own (its verbs are too far from the
// month to read), the month keeps the year first given to it.
// "Figures ... will be published on June 11 ... there was no political motivation behind
// publishing the figures on June 11, the day after the Venice economic summit ends": a story names
// its key day again and again, and a day written by its month and day alone is the same day each
// time, whatever the tense of the sentence that names it again (the saying's "was").
// A later mention told in the future keeps its own, later day when the first was placed before it
// by a past ("Katherine Jackson has announced a tribute concert for Cardiff on 8 October" in a
// stamp's line, then "the show will take place ... on 8 October"): a future is said outright, a
// past is only the default reading of a bare day.
// Only a month or a day without its year written, only after an earlier mention of the same one,
// only values change. Knows nothing of events.
import type { Timex } from '../document';

const BARE_MONTH = /^(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?$/i;
const MONTH_DAY = /^(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+(\d{1,2})$|^(\d{1,2})\s+(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*$/i;
const MONTH_VALUE = /^\d{4}-(\d{2})$/;
const DAY_VALUE = /^\d{4}-\d{2}-\d{2}$/;
const THE_BEFORE = /\bthe\s+$/i;
const NOUN_AFTER = /^\s+[a-z]/;

/** `untold(t)`: whether t's own sentence tells no side of publication for it; `toldAhead(t)`:
 * whether it tells the future. */
export function monthsNamedAgain(text: string, timexes: Timex[], untold: (t: Timex) => boolean, toldAhead: (t: Timex) => boolean = () => false): Timex[] {
  const placed = new Map<string, string>();
  const one = (t: Timex, _i: number): Timex => {
    const day = DAY_VALUE.test(t.value) && MONTH_DAY.exec(t.text);
    if (day) {
      const key = `${(day[1] ?? day[4]).toLowerCase()} ${Number(day[2] ?? day[3])}`;
      const earlier = placed.get(key);
      if (earlier === undefined) placed.set(key, t.value);
      return earlier === undefined || earlier === t.value || earlier.slice(5) !== t.value.slice(5) || (earlier < t.value && toldAhead(t)) ? t : { ...t, value: earlier };
    }
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
  };
  // (a loop, not timexes.map: the lists passed between the passes are all made by push, so that
  // V8's optimised code, which inlines the passes into tagTimexes, meets one kind of array)
  const out: Timex[] = [];
  for (let i = 0; i < timexes.length; i++) out.push(one(timexes[i], i));
  return out;
}
