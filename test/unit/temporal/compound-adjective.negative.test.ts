import { describe, expect, it } from 'vitest';
import { tagged } from './helpers';

// A hyphenated verb after its subject is the clause's past verb ("the Senate fast-tracked",
// "officials test-fired"): the weekday stays in the week gone. Sentences are written for these tests.
const PUB = '2026-06-10'; // a Wednesday

const cases: [string, string, string, string][] = [
  ["a compound verb after its subject ('The Senate fast-tracked')", 'The Senate fast-tracked the bill on Tuesday.', 'Tuesday', '2026-06-09'],
  ["a compound verb after a fronted weekday and its subject ('officials test-fired')", 'On Thursday, officials test-fired a new rocket.', 'Thursday', '2026-06-04'],
  ["'re-elected' after its subject", 'Voters re-elected the mayor on Monday.', 'Monday', '2026-06-08'],
];

describe('hyphenated verbs stay past verbs', () => {
  for (const [name, sentence, words, value] of cases) {
    it(name, () => {
      expect(tagged(sentence, PUB, words)?.value).toBe(value);
    });
  }
});
