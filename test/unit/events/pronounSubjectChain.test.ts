// "Roe, 58, is tipped to succeed Ann Lee. Roe said ... He replaced Tom Hale as coach. In his first
// spell he won ...": news goes on with "he" or "she" for the subject it named, and a person named
// in what is said of that subject (an object, a complement) is someone else. So the "he" stands
// for a subject introduced by name and age before a person named after it, for a surname the
// language model reads as a verb where the article writes it as a name, and, where the sentence
// before itself goes on with the same "he", for the one named before that (antecedent.ts).
// Sentences written for these tests.
import { describe, expect, it } from 'vitest';
import { namedAfterSentences as named } from './helpers';

describe('a "he" or a "she" goes on with the subject, not a person named after it', () => {
  it('a subject introduced by name and age', () => {
    const text = 'Brannigan, 61, is tipped to succeed Gareth Lowe as manager of the national side. He coached the under-21 team for six years.';
    expect(named(text, 'He coached the under-21 team for six years')).toBe('Brannigan coached the under-21 team for six years');
  });
  it('a sentence that goes on with the same "he" names others only in its object', () => {
    const text = 'Brannigan, 61, is tipped to succeed Gareth Lowe as manager. He replaced Tom Hale at the club in 2007. In his first spell he won three league titles.';
    expect(named(text, 'He won three league titles')).toBe('Brannigan won three league titles');
  });
  it('a surname the article writes as a name opens the sentence before', () => {
    const text = 'Media reported that Sczepanski had met club officials. Sczepanski said he had already decided to leave. She thanked Mia Lorne for her support.';
    expect(named(text, 'She thanked Mia Lorne for her support')).toBe('Sczepanski thanked Mia Lorne for her support');
  });
});
