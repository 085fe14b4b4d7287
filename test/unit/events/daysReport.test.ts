// A clause attributed to a document by the day it came out ("..., today's communique said") is
// news of that day. Sentences written for these tests; timexes handmade.
import { describe, expect, it } from 'vitest';
import { buildEvents } from '../../../src/lib/events';
import { timexOf } from './helpers';

const PUBLISHED = '2024-05-15';
const daysOf = (text: string, words: string, value: string) =>
  buildEvents(text, [timexOf(text, words, value)], PUBLISHED).filter((e) => e.when.start).map((e) => [e.when.start, e.when.end, e.label]);

describe('a day’s document a clause is attributed to', () => {
  it('dates the clause by "today\'s bulletin said"', () => {
    expect(daysOf('Coastguard patrols turned back two trawlers off the cape, today\'s bulletin said.', 'today', '2024-05-15')).toEqual([['2024-05-15', '2024-05-15', 'Coastguard patrols turned back two trawlers off the cape']]);
  });
  it('dates the clause by "Monday\'s ministry report showed"', () => {
    expect(daysOf('Grain exports slowed sharply, Monday\'s ministry report showed.', 'Monday', '2024-05-13').map((e) => e[0])).toEqual(['2024-05-13']);
  });
});
