// Resolving a date that names only part of itself ("Tuesday", "March", "the third quarter")
// against publication, in the direction the sentence points: a past statement takes the most
// recent one (publication's own day/month included), a projected one the next one. With no
// cue, weekdays lean to the past (news reports what happened) and months, seasons and quarters
// take the nearest occurrence. Knows nothing of text beyond the tense it is given.
import { addDays, weekday, type YMD } from './calendar';
import type { Tense } from './tense';

/** The day of `target` weekday (0 = Sunday) nearest publication in the tense's direction, publication's own day included. */
export function resolveWeekday(published: YMD, target: number, tense: Tense | null): YMD {
  const today = weekday(published);
  // a projected weekday of publication's own name is that day ("the Senate votes Friday" in a
  // Friday story): a week later would be written "next Friday"
  if (tense === 'future') return addDays(published, (target - today + 7) % 7);
  if (tense === 'present') {
    const forward = (target - today + 7) % 7;
    return addDays(published, forward <= 3 ? forward : forward - 7);
  }
  return addDays(published, -((today - target + 7) % 7));
}

/**
 * The year of a period that recurs yearly. `index` and `current` are the period's and
 * publication's positions within a year (month 1-12, quarter 1-4, season 0-3; `perYear` of
 * them): past -> latest not after publication, future -> earliest not before it, present or
 * no cue -> the nearest ("the deadline is in March", written in November, is next March).
 */
export function resolveYear(publishedYear: number, index: number, current: number, tense: Tense | null, perYear: number): number {
  if (tense === 'past' && index > current) return publishedYear - 1;
  if (tense === 'future' && index < current) return publishedYear + 1;
  if (tense === 'present' || tense === null) {
    if (index - current > perYear / 2) return publishedYear - 1;
    if (current - index > perYear / 2) return publishedYear + 1;
  }
  return publishedYear;
}
