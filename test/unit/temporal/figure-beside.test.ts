import { describe, expect, it } from 'vitest';
import { tagTimexes } from '../../../src/lib/temporal/index';

// A statistics story sets its latest month beside an earlier year's ("and a gain of 6.1 billion in
// June 1986", "below their levels as of May 1986"): that month of the earlier year is a figure's
// base, no step of a narrative, and the month reported in the next sentence keeps the year its
// tense gives (issue 16: months without a year resolved to the wrong year; read on
// reuters/fresh13 after its first score). Sentences written for these tests; negative cases in
// figure-beside.negative.test.ts.
const values = (text: string, published: string) => tagTimexes(text, published).map((t) => [t.text, t.value]);

describe('tagTimexes: an earlier year\'s month set beside a figure does not carry its year on', () => {
  it('"and a gain of 6.1 billion in June 1986", then "in June": the June reported', () => {
    expect(values('Reserves climbed by 4.2 billion in June. That follows a gain of 2.3 billion in May and a gain of 6.1 billion in June 1986, the bank said. Its lending to banks in June was 3.1 billion, against 2.9 billion in June 1986.', '1987-07-08')).toEqual([
      ['June', '1987-06'],
      ['May', '1987-05'],
      ['June 1986', '1986-06'],
      ['June', '1987-06'],
      ['June 1986', '1986-06'],
    ]);
  });

  it('"against a deficit of 900 mln in May 1986", then "in May": the May reported', () => {
    expect(values('The trade gap narrowed to 400 mln dlrs in May against a deficit of 900 mln in May 1986. Exports rose 12 pct in May, officials said.', '1987-06-15').map(([, v]) => v)).toEqual(['1987-05', '1986-05', '1987-05']);
  });

  it('"below their levels as of May 1986", then "in May": the May reported', () => {
    expect(values('Heating oil prices were 4.1 pct below their levels as of May 1986. Diesel prices rose in May by 0.8 pct, the agency said.', '1987-06-19')).toEqual([
      ['May 1986', '1986-05'],
      ['May', '1987-05'],
    ]);
  });

  it('"under the level of April 1986", then "in April": the April reported', () => {
    expect(values('Output stood 2 pct under the level of April 1986. Orders fell in April, the ministry said.', '1987-05-20').map(([, v]) => v)).toEqual(['1986-04', '1987-04']);
  });
});
