// "Wyoming produced 40 percent of the coal in 2014. That year, Appalachia mined 27 percent",
// "the successor of Sultan Qaboos, who died the same year", "was suspended later that year": a
// narrative names a year again by "that year", "that same year", "the same year", which TimeML
// values as the year it last named. Runs on the resolved timexes of an article: the phrase takes
// the year of the last date before it that writes its year out, if that stands in the few
// sentences before (a year named pages earlier is no antecedent a reader still holds). Not "the
// same year as ..." (a comparison), nor words another timex already holds ("In October of that
// year": ofThatYear.ts). Knows nothing of events.
import type { Timex } from '../document';

const THAT_YEAR = /\b(?:(?:later|earlier)\s+(?:in\s+)?)?(?:that(?:\s+same)?|the\s+same)\s+year\b(?!\s+as\b|\s+(?:that|when|in\s+which)\b)/gi;
const NAMES_A_YEAR = /^(\d{4})(?:$|-)/;
// (a year the text wrote, "in 2014", "March 2007": not one a yearless "May" or "last year" was given)
const WRITTEN_YEAR = /\b\d{4}\b/;
// how far back the year may stand: a few sentences
const REACH = 600;

export function yearsNamedAgain(text: string, timexes: readonly Timex[]): Timex[] {
  if (!/\byear\b/i.test(text)) return [...timexes];
  const added: Timex[] = [];
  // (timexes come sorted: one sweep finds the last year written before each phrase)
  let k = 0;
  let last: { end: number; year: string } | null = null;
  THAT_YEAR.lastIndex = 0;
  for (let m = THAT_YEAR.exec(text); m; m = THAT_YEAR.exec(text)) {
    const start = m.index;
    const end = start + m[0].length;
    for (; k < timexes.length && timexes[k].start < end; k++) {
      const t = timexes[k];
      const year = t.type === 'DATE' && t.end <= start ? NAMES_A_YEAR.exec(t.value) : null;
      if (year && WRITTEN_YEAR.test(t.text)) last = { end: t.end, year: year[1] };
    }
    const held = k > 0 && timexes[k - 1].end > start;
    if (held || !last || start - last.end > REACH) continue;
    added.push({ start, end, text: m[0], type: 'DATE', value: last.year });
  }
  return added.length ? [...timexes, ...added].sort((a, b) => a.start - b.start) : [...timexes];
}
