// What keeps a stretch counted from the day of writing: a future, a plan told from the past, a
// vague count, a count of months after a bare year. Sentences written for these tests.
import { describe, expect, it } from 'vitest';
import { buildEvents } from '../../../src/lib/events';
import { timexOf } from './helpers';

const PUBLISHED = '2019-09-12';
const daysOf = (text: string, timexes: [string, string, ('DATE' | 'DURATION')?][], words: string) =>
  buildEvents(text, timexes.map(([w, v, type]) => timexOf(text, w, v, type ?? 'DATE')), PUBLISHED).filter((e) => e.when.text === words).map((e) => [e.when.start, e.when.end]);

describe('a stretch ahead that stays counted from the day of writing', () => {
  it('keeps a future: "will add" after a past year', () => {
    const text = 'The airline started in 2012. It will add nine routes over the next three years.';
    expect(daysOf(text, [['2012', '2012'], ['the next three years', 'P3Y', 'DURATION']], 'the next three years')).toEqual([['2019-09-12', '2022-09-12']]);
  });
  it('keeps a plan told from the past: "said it would hire"', () => {
    const text = 'In May 2018 the bakery chain said it would hire 200 people over the next two years.';
    expect(daysOf(text, [['May 2018', '2018-05'], ['the next two years', 'P2Y', 'DURATION']], 'the next two years')).toEqual([['2019-09-12', '2021-09-12']]);
  });
  it('keeps a count of months after a bare year', () => {
    const text = 'In 2011 the club moved grounds. It lost eight games in the next five months.';
    expect(daysOf(text, [['2011', '2011'], ['the next five months', 'P5M', 'DURATION']], 'the next five months')).toEqual([['2019-09-12', '2020-02-12']]);
  });
  it('takes no count for a year: "1900 volunteers" is not the year the stretch follows', () => {
    const text = 'The dam broke in 2013. By spring 1900 volunteers had come. They rebuilt the levee over the next two years.';
    expect(daysOf(text, [['2013', '2013'], ['the next two years', 'P2Y', 'DURATION']], 'the next two years')).toEqual([['2014-01-01', '2015-12-31']]);
  });
});
