// A "he" or a "she" after a quote of several sentences goes on with the quote's speaker, named
// after its first sentence ("“...,” Okoro said. “... That is my rule.” ¶ In turn, he hopes ...");
// a name and its verb may have an adverb of sequence between them ("Okoro then walked out"), and
// a name introduced as one of a group ("Lund, one of the founders, was ...") is the sentence's
// subject (antecedent.ts). Sentences written for these tests.
import { describe, expect, it } from 'vitest';
import { namedAfterSentences as named } from './helpers';

describe('a "he" or a "she" after quotes and asides', () => {
  it('passes over the later sentences of a quote to its speaker', () => {
    const text = 'Okoro trained alone all winter. “Patience is everything for me,” Okoro said. “You can rush a comeback and lose a year. I would rather wait. That is the rule I keep.” In turn, she hopes to race again in the spring.';
    expect(named(text, 'She hopes to race again')).toBe('Okoro hopes to race again');
  });
  it('an adverb of sequence between the name and its verb', () => {
    const text = 'Vasquez then stood up and left the studio. Later, his lawyer said the interview had been cut short.';
    expect(named(text, 'His lawyer said the interview had been cut short')).toBe('Vasquez’s lawyer said the interview had been cut short');
  });
  it('a name introduced as one of a group', () => {
    const text = 'Lindqvist, one of the mayor’s oldest allies, was among the last to see him. He said the hospital called him at dawn.';
    expect(named(text, 'He said the hospital called him at dawn')).toBe('Lindqvist said the hospital called him at dawn');
  });
});
