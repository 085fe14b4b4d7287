// A quote's later sentences are passed over only up to four sentences back, and a word that
// opens a quote's sentence with an apostrophe ("Don't", "That's") is no name (antecedent.ts).
// Sentences written for these tests.
import { describe, expect, it } from 'vitest';
import { namedAfterSentences as named } from './helpers';

describe('no name from inside a quote', () => {
  it("a contraction opening a quote's sentence is no name", () => {
    const text = '“Don’t rush it,” the coach told the squad. “Don’t force a pass when there is none.” He hopes the advice will stick.';
    expect(named(text, 'He hopes the advice will stick')).not.toMatch(/^Don/);
  });
  it('a place introduced by an apposition is no "he"', () => {
    const text = 'Chicago, a city of two million, hosted the final. He said the crowd was the loudest he had heard.';
    expect(named(text, 'He said the crowd was the loudest')).not.toMatch(/^Chicago/);
  });
});
