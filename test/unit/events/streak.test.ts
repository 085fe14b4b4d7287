// Issue 13: what the streak rule (streak.negative.test.ts) keeps: a result told "for the third
// consecutive quarter", which dates the result in the quarter reported. Sentences written for
// these tests; timexes handmade.
import { describe, expect, it } from 'vitest';
import { dateWordsWith } from './helpers';

const PUBLISHED = '2021-08-12';
const datesOf = dateWordsWith(PUBLISHED);

describe('a result reported for a streak', () => {
  it('keeps "margins widened for the third consecutive quarter"', () => {
    expect(datesOf('Margins widened for the third consecutive quarter, the retailer said.', [['the third consecutive quarter', '2021-Q2']])).toEqual(['the third consecutive quarter']);
  });
});
