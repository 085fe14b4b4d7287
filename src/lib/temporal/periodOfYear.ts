// A stretch or a compared period named with the year it falls in is one expression, as results
// and statistics stories write it and as TimeML annotators tag it: "the first nine months of
// 1986" (a DURATION, P9M), "the first three quarters of last year", "the first four months of the
// year", "the same period in 1985" (a DATE: the compared period when the story's figures gave it,
// "the same period of 2009" 2009-Q1 beside a first quarter's, else the year). The parsers find
// the stretch and the year apart; this joins them. Knows nothing of how the timexes were found;
// works on one document's sorted timexes.
import type { Timex } from '../document';

// "the first nine months", "the last two quarters", "the final six weeks"
const STRETCH = /^the\s+(?:first|last|final|past|opening|closing)\s+(?:[\w-]+\s+)?(?:months|quarters|weeks)$/i;
// ("the same quarter of 1985", "the same half in 1986": the compared period by its own noun)
const SAME_PERIOD = /^the\s+same\s+(?:period|quarter|half)$/i;
const YEAR_VALUE = /^\d{4}$/;

export function joinPeriodYears(text: string, timexes: Timex[]): Timex[] {
  const out: Timex[] = [];
  for (let i = 0; i < timexes.length; i++) {
    const t = timexes[i];
    const stretch = t.type === 'DURATION' && STRETCH.test(t.text);
    const same = t.type === 'DATE' && SAME_PERIOD.test(t.text);
    if (stretch || same) {
      const next = timexes[i + 1];
      const joint = next ? text.slice(t.end, next.start) : '';
      if (next && next.type === 'DATE' && YEAR_VALUE.test(next.value) && (stretch ? /^ of $/ : /^ (?:in|of) $/).test(joint)) {
        out.push({ ...t, end: next.end, text: text.slice(t.start, next.end), value: same && !t.value.startsWith(next.value) ? next.value : t.value });
        i++;
        continue;
      }
      // "the first four months of the year": the year of the story, which no timex of its own names
      const ofYear = stretch ? /^ of the year\b/i.exec(text.slice(t.end, t.end + 20)) : null;
      if (ofYear && (!next || next.start >= t.end + ofYear[0].length)) {
        out.push({ ...t, end: t.end + ofYear[0].length, text: text.slice(t.start, t.end + ofYear[0].length) });
        continue;
      }
    }
    out.push(t);
  }
  return out;
}
