// Where the sentence before opens on no name of its own, or on a "he" for a different gender, the
// person it names is still the one a "he" or a "she" goes on with (antecedent.ts). Sentences
// written for these tests.
import { describe, expect, it } from 'vitest';
import { namedAfterSentences as named } from './helpers';

describe('a person named in the sentence before is still the antecedent', () => {
  it('a sentence that opens on a common noun', () => {
    const text = 'The board appointed Gareth Lowe as manager last week. He coached the under-21 team for six years.';
    expect(named(text, 'He coached the under-21 team for six years')).toBe('Gareth Lowe coached the under-21 team for six years');
  });
  it('a "she" after a sentence that goes on with "he"', () => {
    const text = 'Tom Hale retired from the club. He handed the captaincy to Mia Lorne in March. She led the side to the final.';
    expect(named(text, 'She led the side to the final')).toBe('Mia Lorne led the side to the final');
  });
});
