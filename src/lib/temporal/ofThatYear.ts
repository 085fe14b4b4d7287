// "In October of that year", "in the fall of that year": a narrative places a month or a season
// in the year it last named ("He moved to Paris in 1968. In October of that year ..."), which
// TimeML values as that month of that year; read alone, the month took the year publication's
// tense gave it. Runs on the resolved timexes of an article: the month's or season's value takes
// the last year named before it, and its span takes "of that year". So does a quarter or a half
// ("Results had been taken only partly into the fourth quarter of that year", after "in 1985").
// Knows nothing of events.
import type { Timex } from '../document';

const OF_THAT_YEAR = /^\s+of\s+that\s+year\b/i;
const MONTH_OR_SEASON = /^(\d{4})-(\d{2}|SP|SU|FA|WI|Q[1-4]|H[12])$/;
const NAMES_A_YEAR = /^(\d{4})(?:$|-)/;

export function ofThatYear(text: string, timexes: readonly Timex[]): Timex[] {
  const out: Timex[] = [];
  let lastYear: string | null = null;
  for (const t of timexes) {
    const m = MONTH_OR_SEASON.exec(t.value);
    const tail = OF_THAT_YEAR.exec(text.slice(t.end, t.end + 20));
    if (m && tail && lastYear && t.type === 'DATE') {
      const end = t.end + tail[0].length;
      // a separate tag inside the words taken ("that year" read alone) gives way
      while (out.length && out[out.length - 1].start >= t.start && out[out.length - 1].end <= end) out.pop();
      out.push({ ...t, end, text: text.slice(t.start, end), value: `${lastYear}-${m[2]}` });
      continue;
    }
    // a tag after the month that lies inside the words it took ("that year" read alone)
    if (out.length && t.start < out[out.length - 1].end) continue;
    out.push(t);
    const y = t.type === 'DATE' ? NAMES_A_YEAR.exec(t.value) : null;
    if (y) lastYear = y[1];
  }
  return out;
}
