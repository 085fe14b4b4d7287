// Where the first conjunct does not say who the pronoun is: a pronoun that does not agree with the
// speaker, or a quote.
import { describe, expect, it } from 'vitest';
import { extract } from '../../../src/lib/extract';

const labels = (text: string, published = '2031-01-14') => extract(text, { title: null, published, url: null, publisher: null }).events.map((e) => e.label);

describe('pronouns after "and" or "but" left to the sentence before', () => {
  it('does not give a "he" to speakers in the plural', () => {
    const found = labels('Traffic will be heavy around the stadium, say stewards, but he expects the match to start on time on Saturday.');
    expect(found.some((l) => /^Stewards expect/i.test(l))).toBe(false);
  });

  it('does not give a "they" to one speaker', () => {
    const found = labels('Traffic will be heavy around the stadium, says the steward, but they expect the match to start on time on Saturday.');
    expect(found.some((l) => /^The steward expect/i.test(l))).toBe(false);
  });

  it('does not read inside a quote', () => {
    const found = labels('“Signe Vahl came third last summer and she hopes to win this year,” the coach said.');
    expect(found.some((l) => /^Signe Vahl hopes/.test(l))).toBe(false);
  });
});

describe('a capitalised word opening the first conjunct that is no name', () => {
  it('is not taken for the pronoun’s name', () => {
    const text = 'Keller met the envoy on Monday. Northern rebels and the army have made Keller’s exit a condition for any truce, but he firmly told the envoy this week he would not leave.';
    expect(labels(text).some((l) => /^Northern\b/.test(l))).toBe(false);
  });
});
