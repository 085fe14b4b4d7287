// A count written before a date moves the clause's happening that far from the day: "six weeks
// before 9/11", "the day after Christmas".
import { describe, expect, it } from 'vitest';
import { buildEvents } from '../../../src/lib/events';
import { countBeforeDate } from '../../../src/lib/events/countBeforeDate';
import { timexOf } from './helpers';

const PUBLISHED = '2024-05-15';
const dayOf = (text: string, words: string, value: string) =>
  buildEvents(text, [timexOf(text, words, value)], PUBLISHED).find((e) => e.when.text === words)?.when;

describe('a happening counted from a day every reader knows', () => {
  it('puts "three weeks before Christmas" three weeks before it', () => {
    const when = dayOf('The bakery, which signed its lease three weeks before Christmas, closed its doors for good.', 'Christmas', '2023-12-25');
    expect([when?.start, when?.end]).toEqual(['2023-12-04', '2023-12-04']);
  });
  it('puts "the day after" a date on the next day', () => {
    const text = 'A second ferry sank the day after New Year, leaving the island cut off.';
    const t = timexOf(text, 'New Year', '2024-01-01');
    expect(countBeforeDate(text, t, { start: '2024-01-01', end: '2024-01-01', granularity: 'day' })).toEqual({ start: '2024-01-02', end: '2024-01-02', granularity: 'day' });
  });
  it('reads a hedged count', () => {
    const text = 'The mayor resigned just two days after March 3 amid the row.';
    const t = timexOf(text, 'March 3', '2024-03-03');
    expect(countBeforeDate(text, t, { start: '2024-03-03', end: '2024-03-03', granularity: 'day' })).toEqual({ start: '2024-03-05', end: '2024-03-05', granularity: 'day' });
  });
  it('puts a count of months in its month', () => {
    const text = 'The mill reopened four months after 2 February, once the river fell.';
    const t = timexOf(text, '2 February', '2024-02-02');
    expect(countBeforeDate(text, t, { start: '2024-02-02', end: '2024-02-02', granularity: 'day' })).toEqual({ start: '2024-06-01', end: '2024-06-30', granularity: 'month' });
  });
  it('counts years from a year', () => {
    const text = 'The club was founded two years before 1990 by dock workers.';
    const t = timexOf(text, '1990', '1990');
    expect(countBeforeDate(text, t, { start: '1990-01-01', end: '1990-12-31', granularity: 'year' })).toEqual({ start: '1988-01-01', end: '1988-12-31', granularity: 'year' });
  });
});
