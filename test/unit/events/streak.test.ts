// Issue 13: what the streak rule (streak.negative.test.ts) keeps: a result told "for the third
// consecutive quarter", which dates the result in the quarter reported. Sentences written for
// these tests; timexes handmade.
import { describe, expect, it } from 'vitest';
import { buildEvents } from '../../../src/lib/events';
import { timexOf } from './helpers';

const PUBLISHED = '2021-08-12';
const datesOf = (text: string, timexes: [string, string][]) => buildEvents(text, timexes.map(([words, value]) => timexOf(text, words, value, 'DATE')), PUBLISHED).map((e) => e.when.text);

describe('a result reported for a streak', () => {
  it('keeps "margins widened for the third consecutive quarter"', () => {
    expect(datesOf('Margins widened for the third consecutive quarter, the retailer said.', [['the third consecutive quarter', '2021-Q2']])).toEqual(['the third consecutive quarter']);
  });
});
