// A count ahead closed with "time", as British and wire copy write it ("in two weeks' time", "in
// three weeks time"), is dated as the bare count is, and "time" leaves the label with the count.
// Sentences written for these tests; timexes handmade.
import { describe, expect, it } from 'vitest';
import { buildEvents } from '../../../src/lib/events';
import { timexOf } from './helpers';

const PUBLISHED = '1987-03-25';
const ahead = (text: string, words: string, value: string) =>
  buildEvents(text, [timexOf(text, words, value, 'DURATION')], PUBLISHED).map((e) => [e.when.text, e.when.start, e.when.end, e.label]);

describe('a count ahead closed with "time"', () => {
  it('dates "in three weeks time" (no apostrophe, the wire\'s) as "in three weeks"', () => {
    expect(ahead('The growers will meet the ministry again in three weeks time in Lisbon.', 'three weeks', 'P3W')).toEqual([
      ['three weeks time', '1987-04-13', '1987-04-19', 'The growers will meet the ministry again in Lisbon'],
    ]);
  });
  it('dates "in two weeks\' time" and keeps "\' time" out of the label', () => {
    expect(ahead("The tanker is due to dock at Rotterdam in two weeks' time.", 'two weeks', 'P2W')).toEqual([
      ["two weeks' time", '1987-04-06', '1987-04-12', 'The tanker is due to dock at Rotterdam'],
    ]);
  });
  it('takes "time" after a far count with it: "in 10 days to two weeks time"', () => {
    const [e] = buildEvents('A decision will be announced in 10 days to two weeks time.', [timexOf('A decision will be announced in 10 days to two weeks time.', '10 days', 'P10D', 'DURATION')], PUBLISHED);
    expect(e.when.text).toBe('10 days to two weeks time');
    expect(e.label).not.toMatch(/time/);
  });
});
