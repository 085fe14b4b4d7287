// Where the day is not a saying's closing its clause, the clause is still cut between its dates
// and a period inside what is said is still narrowed by a finer day of its own. Sentences written
// for these tests; timexes handmade.
import { describe, expect, it } from 'vitest';
import { buildEvents } from '../../../src/lib/events';
import { timexOf } from './helpers';

const PUBLISHED = '2019-03-14';
const eventsOf = (text: string, dates: [string, string][]) =>
  buildEvents(text, dates.map(([words, value]) => timexOf(text, words, value)), PUBLISHED).filter((e) => e.when.start);

describe('a day that is no trailing saying', () => {
  it('cuts a clause whose saying goes on after its day', () => {
    const text = 'The bakery on Mill Lane closed its doors in January, and the owners said on Monday they would reopen.';
    const labels = eventsOf(text, [['January', '2019-01'], ['Monday', '2019-03-11']]).map((e) => e.label);
    expect(labels).toEqual(['The bakery on Mill Lane closed its doors', 'The owners said they would reopen']);
  });
  it('narrows a period to a finer day that is no saying', () => {
    const text = 'Earlier this week the ferry company cut its timetable on Tuesday.';
    const days = eventsOf(text, [['Earlier this week', '2019-W11'], ['Tuesday', '2019-03-12']]).map((e) => [e.when.start, e.when.end]);
    expect(days).toEqual([['2019-03-12', '2019-03-12']]);
  });
  it('cuts before a list of speakers after a comma of their own', () => {
    const text = 'The new ferry will enter service on May 2 on the island route, owners Ann Hale, Tom Roe and Iris Gill, announced today.';
    const labels = eventsOf(text, [['May 2', '2019-05-02'], ['today', '2019-03-14']]).map((e) => e.label);
    expect(labels).not.toContain('The new ferry will enter service on the island route, owners Ann Hale, Tom Roe');
    expect(labels).toHaveLength(2);
  });
});
