// A sentence between the name and the pronoun that is no quote, or a quote naming someone else,
// is not passed over.
import { describe, expect, it } from 'vitest';
import { namedAfterSentences } from './helpers';

const plan = 'His plan is meant to be the centrepiece of a summit of ministers';

describe('a sentence naming someone, or no quote, is not passed over', () => {
  it('stops at a quote that names another person', () => {
    const text = 'Mr Okafor, after a week of talks in Geneva, said: "The rules must change.\n"Ruth Lind has seen the gap in how the fund is run."\nHis plan is meant to be the centrepiece of a summit of ministers.';
    expect(namedAfterSentences(text, plan)).not.toMatch(/^Okafor/);
  });
  it('stops at a sentence of narrative', () => {
    const text = 'Mr Okafor, after a week of talks in Geneva, said the rules must change.\nThe fund has lost money for years.\nHis plan is meant to be the centrepiece of a summit of ministers.';
    expect(namedAfterSentences(text, plan)).toBe(plan);
  });
});
