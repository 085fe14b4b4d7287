import { describe, expect, it } from 'vitest';
import { tagTimexes } from '../../../src/lib/temporal/index';

// What the rules of this class must leave alone. The class: a calendar quarter named by its first
// and last months ("January/March", "the April-May-June period") (issue 16). Sentences written for
// these tests.
const values = (text: string, published: string) => tagTimexes(text, published).map((t) => [t.text, t.value]);

describe('tagTimexes: months that make no quarter stay months', () => {
  it('"the May/June shipment" names two months of a trade', () => {
    expect(values('Egypt bought wheat for May/June shipment.', '1987-04-06')).toEqual([
      ['May', '1987-05'],
      ['June', '1987-06'],
    ]);
  });

  it('"from April to June" without "period" is two dates, the bounds of a change', () => {
    expect(values('Rates rose from April to June.', '1987-08-06')).toEqual([
      ['April', '1987-04'],
      ['June', '1987-06'],
    ]);
  });

  it('"January-April" spans no quarter', () => {
    expect(values('Car output in January-April fell 5 pct.', '1987-05-20').some((v) => /Q\d/.test(v[1]))).toBe(false);
  });

  it('"the July-September 15 window" ends on a day, no quarter', () => {
    expect(values('Bids are taken in the July-September 15 window.', '1987-05-20').some((v) => /Q\d/.test(v[1]))).toBe(false);
  });
});
