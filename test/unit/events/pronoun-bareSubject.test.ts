// An "it" or a "they" goes on with a bare noun that opens the sentence before as its subject,
// when the two agree (antecedent.ts's subject with a number, pronoun.ts).
import { describe, expect, it } from 'vitest';
import { namedAfterSentences } from './helpers';

const named = namedAfterSentences;

describe('a bare noun opening the sentence before is what "it" or "they" stands for', () => {
  it('a mass noun for an "it"', () => {
    const text = 'Crews mixed the concrete on the quay overnight. Concrete started pouring into the shaft at dawn. It was expected to set within a day.';
    expect(named(text, 'It was expected to set within a day')).toBe('Concrete was expected to set within a day');
  });

  it('a plural after a joining word for a "they"', () => {
    const text = 'The port stopped taking grain in March, and deliveries were turned away. But deliveries have resumed. They reached 40 ships on Friday.';
    expect(named(text, 'They reached 40 ships')).toBe('Deliveries reached 40 ships');
  });

  it('a plural with the noun before it for a "they"', () => {
    const text = 'Most estimates of the flood damage are a year old, and government economists have doubted them. Government economists have measured the damage again. They are due to publish new figures.';
    expect(named(text, 'They are due to publish new figures')).toBe('Government economists are due to publish new figures');
  });
});
