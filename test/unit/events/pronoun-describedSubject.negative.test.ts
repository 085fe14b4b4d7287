import { describe, expect, it } from 'vitest';
import { namedAfterSentences as named } from './helpers';

describe('a described subject that does not agree, or holds a name, is not the pronoun’s', () => {
  it('a plural head is no "it"', () => {
    const text = 'The long queues of lorries at the crossing grew overnight. It was closed by noon.';
    expect(named(text, 'It was closed by noon')).not.toMatch(/^The long queues/);
  });

  it('for an "it", a name in the description is not passed over for the head', () => {
    const text = 'The chairman of Norvik said profits had fallen. It cut its dividend.';
    expect(named(text, 'It cut its dividend')).not.toMatch(/^The chairman/);
  });

  it('a "they" before a copula is left alone when what was named is one thing', () => {
    const text = 'The committee met the miners on Monday. They were the last group to testify.';
    expect(named(text, 'They were the last group to testify')).toBe('They were the last group to testify');
  });
});
