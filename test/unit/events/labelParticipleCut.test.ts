import { describe, expect, it } from 'vitest';
import { shorten } from '../../../src/lib/events/shorten';

describe('a long label is cut where a phrase ends', () => {
  it('before a participle that says more about the noun before it', () => {
    expect(shorten('A panel of hydrologists is publishing a study suggesting the new dams may have shifted the delta northwards')).toBe('A panel of hydrologists is publishing a study');
  });

  it('before a participle that tells how the thing was done to them', () => {
    expect(shorten('Hundreds of angry fans in the stadium greeted them chanting the name of the departed coach and waving scarves')).toBe('Hundreds of angry fans in the stadium greeted them');
  });

  it('before a bracket that opens an aside', () => {
    expect(shorten('The ministry counted 312 new cases (and its own tallies are always a few days behind those of the hospitals)')).toBe('The ministry counted 312 new cases');
  });

  it('not inside a list of adjectives before their noun', () => {
    expect(shorten('The mayor said the company’s crews would answer violent, abusive calls from residents and threats from the owners')).toBe('The mayor said the company’s crews would answer violent, abusive calls');
  });

  it('not between a comparison’s "as" and "as", with its figure', () => {
    expect(shorten('The repairs to the old pier will take as long as nine months to finish and cost more')).toBe('The repairs to the old pier will take as long as nine months');
  });
});

describe('a participle of purpose after a comma', () => {
  it('is cut with its phrase, the clause before whole', () => {
    expect(shorten('Velto opened a second depot near the port, designed to cut delivery times for its customers across the whole northern region')).toBe('Velto opened a second depot near the port');
  });
});
