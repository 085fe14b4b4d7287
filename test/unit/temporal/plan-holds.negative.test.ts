import { describe, expect, it } from 'vitest';
import { tagged } from './helpers';

// A plan given its own year or one overtaken ("had a plan") may be long gone, and a schedule
// that something "included" as a past act of its own is left to the tense. Sentences are written
// for these tests.
const PUB = '2026-06-10';

const cases: [string, string, string, string][] = [
  ["a plan with its year ('a 2025 plan that called for')", 'Under a 2025 plan that called for cuts in March, the agency shed 300 jobs.', 'March', '2026-03'],
  ["an overtaken plan ('had a schedule that included')", 'The council had a schedule that included repairs in September, but the money ran out.', 'September', '2025-09'],
  ['no plan noun: a tour that included a stop', 'The band played a tour that included a stop in Leeds in October.', 'October', '2025-10'],
];

describe('plans gone and no plan', () => {
  for (const [name, sentence, words, value] of cases) {
    it(name, () => {
      expect(tagged(sentence, PUB, words)?.value).toBe(value);
    });
  }
});
