// A stretch ahead told in a plain past counts on from the time the story has just named, not
// from the day of writing. Sentences written for these tests.
import { describe, expect, it } from 'vitest';
import { buildEvents } from '../../../src/lib/events';
import { timexOf } from './helpers';

const PUBLISHED = '2019-09-12';
const daysOf = (text: string, timexes: [string, string, ('DATE' | 'DURATION')?][], words: string) =>
  buildEvents(text, timexes.map(([w, v, type]) => timexOf(text, w, v, type ?? 'DATE')), PUBLISHED).filter((e) => e.when.text === words).map((e) => [e.when.start, e.when.end]);

describe('a stretch ahead in a story told in the past', () => {
  it('counts "in the next four months" on from the month the sentence before named', () => {
    const text = 'In March 2014, a hospital in Leeds signed the first contract. The founders landed six more hospitals in the next four months.';
    expect(daysOf(text, [['March 2014', '2014-03'], ['the next four months', 'P4M', 'DURATION']], 'the next four months')).toEqual([['2014-04-01', '2014-07-31']]);
  });
  it('counts "over the next three years" on from the year the sentence before named', () => {
    const text = 'In 2005 the brothers bought a derelict mill. Over the next three years they turned it into a brewery.';
    expect(daysOf(text, [['2005', '2005'], ['the next three years', 'P3Y', 'DURATION']], 'the next three years')).toEqual([['2006-01-01', '2008-12-31']]);
  });
  it('counts "within the next ten days" on from the day named in the same sentence', () => {
    const text = 'The storm hit the coast on October 2, 2012, and crews restored power to every home within the next ten days.';
    expect(daysOf(text, [['October 2, 2012', '2012-10-02'], ['the next ten days', 'P10D', 'DURATION']], 'the next ten days')).toEqual([['2012-10-03', '2012-10-12']]);
  });
});
