// A period holding the day of writing is drawn on the event's side of that day.
import { describe, expect, it } from 'vitest';
import { buildEvents } from '../../../src/lib/events';
import { onItsSide } from '../../../src/lib/events/publishedSide';
import { timexOf } from './helpers';

const PUBLISHED = '2024-05-15';
const daysOf = (text: string, words: string, value: string) =>
  buildEvents(text, [timexOf(text, words, value)], PUBLISHED).map((e) => [e.status, e.when.start, e.when.end]);

describe('a period holding the day of writing, cut at that day', () => {
  it('ends what has happened this month on the day of writing', () => {
    expect(daysOf('Grain prices have fallen by a fifth this month.', 'this month', '2024-05')).toEqual([['past', '2024-05-01', '2024-05-15']]);
  });
  it('ends what happened earlier this week on the day before', () => {
    expect(daysOf('The harbour board sacked its chairman earlier this week.', 'earlier this week', '2024-W20')).toEqual([['past', '2024-05-13', '2024-05-14']]);
  });
  it('starts what will happen later this month on the day after', () => {
    expect(daysOf('The band will tour the coast later this month.', 'later this month', '2024-05')).toEqual([['projected', '2024-05-16', '2024-05-31']]);
  });
  it('cuts a range given whole, keeping its other fields', () => {
    expect(onItsSide({ start: '2024-04-01', end: '2024-06-30', granularity: 'quarter' }, '2024-05-15', 'past', 'this quarter')).toEqual({ start: '2024-04-01', end: '2024-05-15', granularity: 'quarter' });
  });
});
