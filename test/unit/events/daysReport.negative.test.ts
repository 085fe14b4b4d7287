// A day's possessive that names no document a clause is attributed to stays generic ("today's
// teenagers"). Sentences written for these tests; timexes handmade.
import { describe, expect, it } from 'vitest';
import { buildEvents } from '../../../src/lib/events';
import { timexOf } from './helpers';

const PUBLISHED = '2024-05-15';
const datedOf = (text: string, words: string, value: string) => buildEvents(text, [timexOf(text, words, value)], PUBLISHED).filter((e) => e.when.start);

describe('a day’s possessive that stays generic', () => {
  it('leaves "today\'s anglers" alone, a survey said or not', () => {
    expect(datedOf('Today\'s anglers rarely keep what they catch, a survey said.', 'Today', '2024-05-15')).toEqual([]);
  });
});
