// A surname the language model does not know is told a name by the article writing it
// capitalised where no sentence starts, after a middle initial too ("Marta K. Vilks"), so a
// "she" after a sentence that opens on it goes on with it (antecedent.ts).
import { describe, expect, it } from 'vitest';
import { namedAfterSentences } from './helpers';

describe('a surname written after a middle initial', () => {
  it('names the "she" of the sentence after one that opens on the surname', () => {
    const text = 'Marta K. Vilks, 41, was detained at the border. Vilks left the ministry after her arrest. She is due to appear in court on Monday.';
    expect(namedAfterSentences(text, 'She is due to appear in court')).toBe('Vilks is due to appear in court');
  });
});
