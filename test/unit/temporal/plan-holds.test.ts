import { describe, expect, it } from 'vitest';
import { tagged } from './helpers';

// What a plan, a schedule or a proposal holds is still to come when the plan is made ("pressed
// for a timetable that included votes in February"), whatever tense its relative clause is told
// in. Sentences are written for these tests.
const PUB = '2026-06-10';

const cases: [string, string, string, string][] = [
  ["a timetable 'that included'", 'Opposition leaders pressed for a timetable that included local votes in February.', 'February', '2027-02'],
  ["a proposal 'which called for'", 'The board backed a proposal which called for a new terminal in March.', 'March', '2027-03'],
];

describe("a plan's contents lie ahead", () => {
  for (const [name, sentence, words, value] of cases) {
    it(name, () => {
      expect(tagged(sentence, PUB, words)?.value).toBe(value);
    });
  }
});
