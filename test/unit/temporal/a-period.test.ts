import { describe, expect, it } from 'vitest';
import { tagTimexes } from '../../../src/lib/temporal/index';

// "it will pay 2,100,000 dlrs in civil penalties over a two-year period": with "a" and the noun
// "period", the stretch is one span, as "the five-month period" is (reuters/fresh15's
// International Technology, an old leftover "a five year period"). Sentences written for these tests.
const tagged = (text: string) => tagTimexes(text, '1992-05-20').map((t) => `${t.text}|${t.type}|${t.value}`);

describe('tagTimexes: a stretch named with "a" and "period"', () => {
  it('"a three-year period" is one span', () => {
    expect(tagged('The fine will be paid over a three-year period.')).toEqual(['a three-year period|DURATION|P3Y']);
  });

  it('so is "an 18-month period"', () => {
    expect(tagged('Rents were frozen for an 18-month period.')).toEqual(['an 18-month period|DURATION|P18M']);
  });
});
