// Dates in coordination share their preposition: "used twice, in 1998 and 2003", "on Monday
// or Tuesday". A label for one of them leaves out the others too, with the "and" that joined
// them, or it would end "... in 1998 and". Must not know about labels or statuses.
import type { Timex } from '../document';

// what may stand between coordinated dates: a comma, "and"/"or", and a repeated preposition
const JOINT = /^\s*(?:,\s*(?:(?:and|or|&)\s+)?|(?:and|or|&)\s+)(?:(?:in|on|at|by|during|since|until|after|before)\s+)?$/i;

// durations and 'now'/'recently' are not coordinated dates
const isCalendar = (t: Timex) => (t.type === 'DATE' || t.type === 'TIME') && !t.value.endsWith('_REF');

/** `drop` with every date of the statement coordinated with one of them, sorted by start. */
export function withCoordinated(text: string, drop: Timex[], timexes: Timex[]): Timex[] {
  if (drop.length === 0) return drop;
  const dates = [...timexes].sort((a, b) => a.start - b.start);
  const out = new Set(drop);
  for (let grew = true; grew; ) {
    grew = false;
    for (let i = 0; i + 1 < dates.length; i++) {
      const [a, b] = [dates[i], dates[i + 1]];
      if (out.has(a) === out.has(b) || !isCalendar(a) || !isCalendar(b)) continue;
      const between = text.slice(a.end, b.start);
      if (between.length > 16 || !/\S/.test(between) || !JOINT.test(between)) continue;
      out.add(out.has(a) ? b : a);
      grew = true;
    }
  }
  return [...out].sort((a, b) => a.start - b.start);
}
