// Temporal tagging: article text + publication date -> TIMEX3 spans with TimeML values.
// BASELINE: plain chrono-node, kept only until the news-tuned tagger replaces it.
import * as chrono from 'chrono-node';
import type { Timex } from '../document';
import { parsePublished, referenceDate } from './reference';

export { parsePublished } from './reference';
export { timexRange, type TimexRange } from './range';

const pad = (n: number, w = 2) => String(n).padStart(w, '0');

export function tagTimexes(text: string, published: string): Timex[] {
  const ref = parsePublished(published);
  if (!ref) throw new Error(`invalid publication date: ${published}`);
  return chrono.parse(text, referenceDate(ref)).map((r) => {
    const c = r.start;
    const value = c.isCertain('day')
      ? `${c.get('year')}-${pad(c.get('month')!)}-${pad(c.get('day')!)}`
      : c.isCertain('month')
        ? `${c.get('year')}-${pad(c.get('month')!)}`
        : `${c.get('year')}-${pad(c.get('month')!)}-${pad(c.get('day')!)}`;
    return { start: r.index, end: r.index + r.text.length, text: r.text, type: 'DATE', value };
  });
}
