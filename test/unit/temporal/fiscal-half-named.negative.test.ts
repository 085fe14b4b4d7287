import { describe, expect, it } from 'vitest';
import { tagTimexes } from '../../../src/lib/temporal/index';

// The fiscal year itself named by the day it begins, and a fiscal year reported in the past.
// Sentences written for these tests.
const valueOf = (text: string, words: string) => tagTimexes(text, '1992-04-08').find((t) => t.text === words)?.value;

describe('tagTimexes: halves of a fiscal year and the full fiscal year, negative cases', () => {
  it('the fiscal year beginning on a day is still named by the year it ends in', () => {
    expect(valueOf('Congress must pass a budget for the fiscal year beginning October 1.', 'the fiscal year')).toBe('1993');
  });

  it('a fiscal year whose figures were reported stays the one the story named', () => {
    expect(valueOf('The group earned 1.20 dlrs a share in 1991. Profit for the fiscal year was a record.', 'the fiscal year')).toBe('1991');
  });
});
