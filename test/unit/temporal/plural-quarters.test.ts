import { describe, expect, it } from 'vitest';
import { tagTimexes } from '../../../src/lib/temporal/index';

// "the third and fourth quarters of 1986": two quarters under one plural noun; TimeML tags each
// conjunct, the first ordinal ("the third") with the quarter the noun after the second gives it, as
// the first count of "three to five years" shares its unit (reuters/fresh13's UBS). Sentences written for these tests.
const tagged = (text: string) => tagTimexes(text, '1991-05-14').map((t) => `${t.text}|${t.value}`);

describe('tagTimexes: two quarters under one plural noun', () => {
  it('"the first and second quarters of 1990" are two quarters of 1990', () => {
    expect(tagged('Margins narrowed in the first and second quarters of 1990.')).toEqual(['the first|1990-Q1', 'second quarters of 1990|1990-Q2']);
  });

  it('without a year the tense places them', () => {
    expect(tagged('Shipments will recover in the third and fourth quarters.')).toEqual(['the third|1991-Q3', 'fourth quarters|1991-Q4']);
  });
});
