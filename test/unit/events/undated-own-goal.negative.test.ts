// A possessive pronoun standing for a goal just named ("and mine is to ..."), and a speaker's
// contracted "I'm going to": no plan of the story's. Sentences written for these tests.
import { describe, expect, it } from 'vitest';
import { buildEvents } from '../../../src/lib/events';

const undated = (text: string) => buildEvents(text, [], '2024-05-15').filter((e) => !e.when.start).map((e) => e.label);

describe('a goal, a speaker promise', () => {
  it.each([
    'Everyone has a dream, and mine is to play at Wembley.',
    'The rivals have their targets; ours is to finish in the top four.',
    '“Over the next few rounds, I’m going to try to sink more putts.”',
    '“In the coming weeks, I’m going to visit every ward,” the candidate said.',
  ])('gives none for "%s"', (s) => expect(undated(s)).toEqual([]));
});
