// A "he" or a "she" for a person the story never names goes on with the noun that said who it
// is ("the woman", "a 30-year-old man"); a name after a fronted phrase with commas of its own, or
// before an adverb, is found too.
import { describe, expect, it } from 'vitest';
import { namedAfterSentences as named } from './helpers';

describe('a person described, not named', () => {
  it('a "she" after "a ... woman" who opens the sentence before', () => {
    const text = 'A 41-year-old woman from Leeds was rescued from the cliff by lifeboat crews. She was taken to hospital with a broken leg.';
    expect(named(text, 'She was taken to hospital with a broken leg')).toBe('The woman was taken to hospital with a broken leg');
  });
  it('a "he" that goes on from a sentence with its own "he"', () => {
    const text = 'The man, a farmer, drowned when his tractor slid into the canal. He had worked the land for forty years. He was buried in the village.';
    expect(named(text, 'He was buried in the village')).toBe('The man was buried in the village');
  });
});

describe('a name after a fronted phrase', () => {
  it('a phrase holding a list, after a joining word', () => {
    const text = 'And in spite of a weak script, poor reviews, and a small budget, Okonkwo quietly has built a loyal audience. Now she signed with a major studio.';
    expect(named(text, 'She signed with a major studio')).toBe('Okonkwo signed with a major studio');
  });
});

describe('a clause of time whose main clause names no one either', () => {
  it('goes on from the sentence before', async () => {
    const { buildEvents } = await import('../../../src/lib/events');
    const { timexOf } = await import('./helpers');
    const text = 'Officials said Raúl Ortega, a fisherman, was missing at sea.\nHe was two miles out when he radioed the coast guard on Tuesday.';
    expect(buildEvents(text, [timexOf(text, 'on Tuesday', '2024-05-14')], '2024-05-15').map((e) => e.label)).toEqual(['Raúl Ortega radioed the coast guard']);
  });
});
