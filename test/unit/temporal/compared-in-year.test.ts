import { describe, expect, it } from 'vitest';
import { tagTimexes } from '../../../src/lib/temporal/index';

// "the same period of 1986", "the comparable 1985 quarter": a period compared, its year written,
// is the quarter or half its own sentence states first, in that year, not the period the story
// reports elsewhere (issue 16: comparison periods in results and statistics stories; read on
// reuters/fresh13 after its first score). Sentences written for these tests; negative cases in
// compared-in-year.negative.test.ts.
const values = (text: string, published: string) => tagTimexes(text, published).map((t) => [t.text, t.value]);

describe('tagTimexes: a compared period with its year takes the quarter or half its sentence states', () => {
  it('"For the second half of 1987 ... against 1.7 billion in the same period of 1986": the second half of 1986', () => {
    expect(values('For the second half of 1987, the chain forecasts sales of 2 billion dlrs, against 1.7 billion in the same period of 1986.', '1987-05-10')).toEqual([
      ['the second half of 1987', '1987-H2'],
      ['the same period of 1986', '1986-H2'],
    ]);
  });

  it('after a third quarter reported, "in the second quarter, down 3 pct from the first quarter and down 5 pct from the comparable 1986 quarter": the second quarter of 1986', () => {
    const text = 'Sales rose to 10 mln dlrs in the third quarter of 1987. Exports totaled 2 mln dlrs in the second quarter, down 3 pct from the first quarter and down 5 pct from the comparable 1986 quarter.';
    expect(values(text, '1987-10-12').at(-1)).toEqual(['the comparable 1986 quarter', '1986-Q2']);
  });

  it('a story reporting its first quarter: a later sentence\'s "third quarter ... the same period of 1986" is the third quarter of 1986', () => {
    const text = 'The carrier earned 40 mln dlrs in the first quarter of 1987. For the third quarter of 1987, an analyst expects 90 mln dlrs, compared with 60 mln dlrs in the same period of 1986.';
    expect(values(text, '1987-05-04').at(-1)).toEqual(['the same period of 1986', '1986-Q3']);
  });
});
