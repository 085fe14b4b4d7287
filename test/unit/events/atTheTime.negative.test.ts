// What "at the time" must NOT date: a state, a noun's time, a time named by "of", a saying with
// no happening told just before. Sentences written for these tests; timexes handmade.
import { describe, expect, it } from 'vitest';
import { buildEvents } from '../../../src/lib/events';
import { timexOf } from './helpers';

const PUBLISHED = '2024-05-15';
const atTheTime = (text: string, words: string | null, value = '2023') =>
  buildEvents(text, words ? [timexOf(text, words, value)] : [], PUBLISHED).filter((e) => e.when.start && /time/i.test(e.when.text ?? ''));

describe('"at the time" that dates nothing', () => {
  it('leaves a state alone: "was very young at the time"', () => {
    expect(atTheTime('The singer joined the choir last year. She was very young at the time.', 'last year')).toEqual([]);
  });
  it('leaves a fronted state alone: "At the time, the road was closed"', () => {
    expect(atTheTime('The storm hit the coast last year. At the time, the coast road was closed by floods.', 'last year')).toEqual([]);
  });
  it('leaves "said at the time of the merger" alone: its own time', () => {
    expect(atTheTime('The bank merged with a rival last year. The chairman said at the time of the merger that no branch would close.', 'last year')).toEqual([]);
  });
  it('leaves a saying with no happening told before alone', () => {
    expect(atTheTime('The chairman said at the time that no branch would close.', null)).toEqual([]);
  });
  it('leaves a saying four sentences after the happening alone', () => {
    expect(atTheTime('The bank merged with a rival last year. Staff were worried. Branches were busy. Queues were long. The chairman said at the time that no branch would close.', 'last year')).toEqual([]);
  });
});
