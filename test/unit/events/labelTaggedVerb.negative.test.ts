// A word the article tags as a verb only helps a cut; a capitalised word stays a name's, and a
// label short enough is not read at all (longLabel.ts taggedVerbs).
import { describe, expect, it } from 'vitest';
import { taggedVerbs } from '../../../src/lib/events/longLabel';
import { shorten } from '../../../src/lib/events/shorten';

describe('the verbs read for a cut', () => {
  it('are none for a label short enough to stand whole', () => {
    const text = 'The navy used its patrol boat on Sunday.';
    expect([...taggedVerbs('The navy used its patrol boat', { text, clause: { start: 0, end: text.length } })]).toEqual([]);
  });
});

describe('a cut the tagging allows that would not end a phrase', () => {
  it('is not taken on a particle the tagger read a verb before', () => {
    expect(shorten('The old saying in like a lion, out like a lamb might need some revising for the coming spring season on the coast', 80, new Set(['like', 'need']))).not.toMatch(/, out$/);
  });
  it('is not taken after an article and one word', () => {
    expect(shorten('The new champion, a winner here, overcame an unorthodox and awkward opponent 6-2, 7-5, 6-3 to become the eighth player to do so', 80, new Set(['overcame', 'become']))).not.toMatch(/an unorthodox$/);
  });
});
