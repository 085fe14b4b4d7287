import { describe, expect, it } from 'vitest';
import { tagTimexes } from '../../../src/lib/temporal/index';

// What the forward-month rules must leave alone: a month's statistic "at" a level after "in",
// a debt that has already matured, and a month opening a sentence that is no price's subject.
// Sentences written for these tests.
const valueOf = (text: string, published: string, words: string) => tagTimexes(text, published).find((t) => t.text === words)?.value;

describe('tagTimexes: months at a level that are no contract', () => {
  it('"the index stood at 98.1 in October" in May is last October', () => {
    expect(valueOf('The index stood at 98.1 in October and has fallen since.', '1991-05-14', 'October')).toBe('1990-10');
  });

  it('"By October, output was at a record" in May is last October: the month follows a preposition', () => {
    expect(valueOf('By October, output was at a record, the ministry said.', '1991-05-14', 'October')).toBe('1990-10');
  });
});

describe('tagTimexes: debt already matured', () => {
  it('"the notes matured in August" in May is last August', () => {
    expect(valueOf('The notes matured in August and were repaid in full.', '1991-05-14', 'August')).toBe('1990-08');
  });
});
