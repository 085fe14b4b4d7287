// What naming a pronoun past asides and sentences must not do: make a person of an "it" or one
// person of a "they", or take a list or another phrase after a comma for an aside.
import { describe, expect, it } from 'vitest';
import { namedAfterSentences } from './helpers';

describe('a pronoun is not named by the wrong kind of antecedent', () => {
  it('does not name an "it" by a person introduced with an aside', () => {
    expect(namedAfterSentences('Mara Lind, of the Centre for Harbour Studies, told the paper that spills hurt trade. It can take years to recover.', 'It can take years to recover')).not.toMatch(/^Mara Lind/);
  });
  it('does not name a "they" going on from one person two sentences back', () => {
    const text = 'The 70-year-old mayor spoke to the council in Rotterdam. They chanted his name for an hour. In the end they left quietly.';
    expect(namedAfterSentences(text, 'They left quietly')).not.toMatch(/mayor/);
  });
  it('does not go back past a sentence whose "it" only sets a scene', () => {
    const text = 'The ferry company raised its fares to 30 euros on Thursday. It was the biggest rise in years. On Wednesday, it carried 900 cars.';
    expect(namedAfterSentences(text, 'It carried 900 cars')).toBe('It carried 900 cars');
  });
  it('does not take a list after a comma for an aside', () => {
    expect(namedAfterSentences('Norway, Sweden and Finland signed the pact. It takes effect in June.', 'It takes effect')).not.toBe('Norway takes effect');
  });
});

describe('a closing "said" names a speaker only after a quote', () => {
  it('does not take a name after a saying that closes no quote', () => {
    expect(namedAfterSentences('Prices rose in the north, said traders in Lyon. He expects premiums to rise.', 'He expects premiums to rise')).not.toMatch(/^Lyon/);
  });
});
