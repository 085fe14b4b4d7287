import { describe, expect, it } from 'vitest';
import { tagTimexes } from '../../../src/lib/temporal/index';

// A day of the month spelled out after the month, as the wire wrote one to nine ("as of May one")
// (issue 16, read on the 1987 wire splits reuters/fresh6-fresh11 after their first scores).
// Sentences written for these tests; negative cases in spelled-day.negative.test.ts.
const values = (text: string, published: string) => tagTimexes(text, published).map((t) => [t.text, t.value]);

describe('tagTimexes: a day of the month spelled out after the month, as the wire wrote one to nine', () => {
  it('"holders of record June four" and "payable July nine" are days', () => {
    expect(values('The dividend is payable July nine to holders of record June four.', '1987-05-21')).toEqual([
      ['July nine', '1987-07-09'],
      ['June four', '1987-06-04'],
    ]);
  });

  it('"the four weeks ended May two" ends on that day', () => {
    expect(values('Sales rose 3 pct in the four weeks ended May two from a year earlier.', '1987-05-12').at(1)).toEqual(['May two', '1987-05-02']);
  });
});
