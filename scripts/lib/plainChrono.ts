// The baseline the tagger is measured against: plain chrono-node, each result read as a day
// (or a month when only the month is certain). Knows nothing of the news-tuned tagger.
import * as chrono from 'chrono-node';
import type { Timex } from '../../src/lib/document';
import { parsePublished, referenceDate } from '../../src/lib/temporal/reference';

const pad = (n: number, w = 2) => String(n).padStart(w, '0');

export function plainChronoTimexes(text: string, published: string): Timex[] {
  const ref = parsePublished(published);
  if (!ref) throw new Error(`invalid publication date: ${published}`);
  return chrono.parse(text, referenceDate(ref)).map((r) => {
    const c = r.start;
    const ym = `${c.get('year')}-${pad(c.get('month')!)}`;
    const value = !c.isCertain('day') && c.isCertain('month') ? ym : `${ym}-${pad(c.get('day')!)}`;
    return { start: r.index, end: r.index + r.text.length, text: r.text, type: 'DATE', value };
  });
}
