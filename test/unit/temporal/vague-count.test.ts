import { describe, expect, it } from 'vitest';
import { tagTimexes } from '../../../src/lib/temporal/index';

// "had been ill in hospital for a number of weeks": "a number of" is a count nobody gives, as
// "several" is, and TimeML writes its count X (read on t17/fresh1's swine flu story). Sentences
// written for these tests.
const all = (text: string) => tagTimexes(text, '2016-02-03').map((t) => [t.text, t.type, t.value]);

describe('tagTimexes: "a number of" units', () => {
  it('"for a number of years" is PXY', () => {
    expect(all('The mill had been losing money for a number of years.')).toEqual([['a number of years', 'DURATION', 'PXY']]);
  });
});
