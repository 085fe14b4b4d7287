// A "to" after a word that takes no infinitive may still start the part that is cut (shorten.ts).
// Sentences written for these tests.
import { describe, expect, it } from 'vitest';
import { shorten } from '../../../src/lib/events/shorten';

describe('a "to" of direction', () => {
  it('a label may end before a "to" of where something went', () => {
    expect(shorten('The striking dock workers at the three southern ports marched to the union hall in the pouring rain')).toBe('The striking dock workers at the three southern ports marched');
  });
});
