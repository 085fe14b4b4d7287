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

describe('a quote with a "they" of its own', () => {
  it('is not passed over for a "he": the others it names may be whom he goes on from', () => {
    const text = 'Mr Okafor, after a week of talks in Geneva, said the rules must change.\n"They have seen the gap in how the fund is run."\nHe said he will meet the ministers at once.';
    expect(namedAfterSentences(text, 'He said he will meet the ministers at once')).not.toMatch(/^Okafor/);
  });
});

describe('a quote attributed after it', () => {
  it('is not passed over: it names its speaker, whoever the tagger takes the name for', () => {
    const text = 'Acme hired a local firm to clean up.\n"It kills our fish, we cannot drink," says Tuesday Okon, a fisherman.\n"I have nothing left."\nHis father taught him to fish.';
    expect(namedAfterSentences(text, 'His father taught him to fish')).not.toMatch(/^Acme/);
  });
});
