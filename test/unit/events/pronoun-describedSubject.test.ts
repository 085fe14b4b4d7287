import { describe, expect, it } from 'vitest';
import { namedAfterSentences as named } from './helpers';

describe('an "it" or a "they" goes on with a subject described by a phrase after it', () => {
  it('an "it" after a long description keeps the head of the phrase', () => {
    const text = 'The sudden closure of the border crossings near the river stranded hundreds of lorries. It also delayed grain shipments by a week.';
    expect(named(text, 'It delayed grain shipments by a week')).toBe('The sudden closure delayed grain shipments by a week');
  });

  it('a "they" keeps a short description that says which ones', () => {
    const text = 'Then the divers from Malmo reached the wreck. They recovered the ship’s bell.';
    expect(named(text, 'They recovered the ship’s bell')).toBe('The divers from Malmo recovered the ship’s bell');
  });

  it('a "they" before a copula stands for the plural named before it', () => {
    const text = 'But the geologists from Leeds came to the site with their own instruments. They were the first team to measure the tremor.';
    expect(named(text, 'They were the first team to measure the tremor')).toBe('The geologists from Leeds were the first team to measure the tremor');
  });
});
