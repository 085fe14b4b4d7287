import { describe, expect, it } from 'vitest';
import { shorten } from '../../../src/lib/events/shorten';

describe('a long label is cut where a sentence run in without its stop begins', () => {
  it('before a capitalised opener that follows a word with no full stop', () => {
    expect(shorten('Villagers said the militia shelled the market for six hours Some witnesses say soldiers then searched every house')).toBe('Villagers said the militia shelled the market for six hours');
  });

  it('a plain present after "they" is a verb, so a clause after it may be cut at its comma', () => {
    expect(shorten('They also compete in the Baltic Shield, a kind of regional cup held every spring among the clubs of the coast')).toBe('They also compete in the Baltic Shield');
  });
});
