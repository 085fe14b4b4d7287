// The document pass for anaphoric days: each ANCHOR_DAY ("the day", "the same day") takes the
// last day-precise date before it in the article, or the publication day. Knows nothing of
// how the timexes were found.
import type { Timex } from '../document';
import { ANCHOR_DAY } from './parsers/anaphoricDay';

export function resolveAnchors(timexes: Timex[], publishedDay: string): Timex[] {
  let last = publishedDay;
  return timexes.map((t) => {
    if (t.value.startsWith(ANCHOR_DAY)) return { ...t, value: last + t.value.slice(ANCHOR_DAY.length) };
    const day = /^(\d{4}-\d{2}-\d{2})(?:T|$)/.exec(t.value);
    if (day) last = day[1];
    return t;
  });
}
