// What the words beside a date must NOT lend a happening to: a noun told in passing far from the
// date, in another clause of the statement. Sentences written for these tests; timexes handmade.
import { describe, expect, it } from 'vitest';
import { buildEvents } from '../../../src/lib/events';
import { timexOf } from './helpers';

const PUBLISHED = '2024-05-15';
const labels = (text: string, words: string, value: string) =>
  buildEvents(text, [timexOf(text, words, value)], PUBLISHED).filter((e) => e.when.start).map((e) => e.label);

describe('a noun far from the date that names no happening of it', () => {
  it('leaves "a week after the strike" alone when the strike is only hoped for, clauses away', () => {
    expect(labels('The dockers met on April 9 and elected a new committee, which says it expects that a national strike will follow before long. Talks resumed a week after the strike.', 'April 9', '2024-04-09').filter((l) => /Talks/.test(l))).toEqual([]);
  });
  it('leaves a count alone when the noun stands beyond the date\'s clause stop', () => {
    expect(labels('The port reopened on April 9; the inquiry into the fire goes on. Staff returned a day after the inquiry.', 'April 9', '2024-04-09').filter((l) => /Staff/.test(l))).toEqual([]);
  });
});
