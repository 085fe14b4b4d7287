import { describe, expect, it } from 'vitest';
import { tagged } from './helpers';

// A sentence that forecasts ("will inspect the dam after the blasts in July") and a verb after
// "after" ("after crews finish blasting in July") are left to the tense. Sentences are written
// for these tests.
const PUB = '2026-06-10';

const cases: [string, string, string, string][] = [
  ['a sentence that forecasts keeps its look ahead', 'Engineers will inspect the dam after the blasts in July.', 'July', '2026-07'],
  ['a clause after "after" with its own verb', 'The road is to reopen after crews finish blasting in July.', 'July', '2026-07'],
];

describe('disasters ahead and clauses of their own', () => {
  for (const [name, sentence, words, value] of cases) {
    it(name, () => {
      expect(tagged(sentence, PUB, words)?.value).toBe(value);
    });
  }
});
