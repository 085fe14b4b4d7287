// A "he" or a "she" goes back over a sentence that names no person at all to the person named
// before it (antecedent.ts, personNamed).
import { describe, expect, it } from 'vitest';
import { namedAfterSentences } from './helpers';

describe('a sentence naming no one is passed over', () => {
  it('finds the owner of a "his" two sentences back', () => {
    const text = 'Mr Okafor, after a week of talks in Geneva, said: "The rules must change.\n"A gap in how the fund is run has to be closed."\nHis plan is meant to be the centrepiece of a summit of ministers.';
    expect(namedAfterSentences(text, 'His plan is meant to be the centrepiece of a summit of ministers')).toBe('Okafor’s plan is meant to be the centrepiece of a summit of ministers');
  });
});

describe('a quote whose only pronouns are the speaker’s own is passed over', () => {
  it('finds the speaker of a "we" quote for the "he" after it', () => {
    const text = 'Mr Okafor, after a week of talks in Geneva, said the rules must change.\n"It is vital that we close the gap in how the fund is run."\nHe said he will meet the ministers at once.';
    expect(namedAfterSentences(text, 'He said he will meet the ministers at once')).toBe('Okafor said he will meet the ministers at once');
  });
});
