// A speaker and a day after the last comma report the clause before them: the saying is dated by
// its own day and what was said by the date inside it, two events from one clause. Sentences
// written for these tests; timexes handmade.
import { describe, expect, it } from 'vitest';
import { buildEvents } from '../../../src/lib/events';
import { timexOf } from './helpers';

const PUBLISHED = '2019-03-14';
const daysOf = (text: string, dates: [string, string][]) =>
  buildEvents(text, dates.map(([words, value]) => timexOf(text, words, value)), PUBLISHED)
    .filter((e) => e.when.start)
    .map((e) => [e.when.start, e.when.end]);

describe('a saying with its own day after what was said', () => {
  it('dates both the month reported and the day it was said', () => {
    const text = 'The bakery on Mill Lane closed its doors in January, the owners said on Monday.';
    expect(daysOf(text, [['January', '2019-01'], ['Monday', '2019-03-11']])).toEqual([
      ['2019-01-01', '2019-01-31'],
      ['2019-03-11', '2019-03-11'],
    ]);
  });
  it('dates a figure told to reporters on a weekday', () => {
    const text = 'Ticket sales for the regatta doubled in February, organisers told reporters Tuesday.';
    expect(daysOf(text, [['February', '2019-02'], ['Tuesday', '2019-03-12']])).toEqual([
      ['2019-02-01', '2019-02-28'],
      ['2019-03-12', '2019-03-12'],
    ]);
  });
  it('keeps the month of what is to come beside the day it was announced', () => {
    const text = 'The harbour master will step down after the sailing season ends this month, the port authority announced Wednesday.';
    expect(daysOf(text, [['this month', '2019-03'], ['Wednesday', '2019-03-13']])).toEqual([
      ['2019-03-01', '2019-03-31'],
      ['2019-03-13', '2019-03-13'],
    ]);
  });
});
