import { describe, expect, it } from 'vitest';
import { tagTimexes } from '../../../src/lib/temporal/index';

// "the period" after a run of weeks or months the story reports, or after its quarter (issue 16,
// read on the 1987 wire splits reuters/fresh6-fresh11 after their first scores). Sentences written
// for these tests; negative cases in the-period.negative.test.ts.
const typed = (text: string, published: string) => tagTimexes(text, published).map((t) => [t.text, t.type, t.value]);

describe('tagTimexes: "the period" after a run of weeks or months the story reports is that run', () => {
  it('"the six weeks ended May 2 ... in the period" is six weeks, a DURATION', () => {
    expect(typed('Refinery runs averaged 12.1 mln bpd in the six weeks ended May 2. Imports in the period rose 4 pct.', '1987-05-08')).toEqual([
      ['the six weeks', 'DURATION', 'P6W'],
      ['May 2', 'DATE', '1987-05-02'],
      ['the period', 'DURATION', 'P6W'],
    ]);
  });

  it('after the first seven months of the year, "the period" is seven months', () => {
    expect(typed('Exports totalled 9.1 billion dlrs in the first seven months of 1986. Imports in the period fell to 7.2 billion.', '1986-08-25').at(1)).toEqual(['the period', 'DURATION', 'P7M']);
  });
});
