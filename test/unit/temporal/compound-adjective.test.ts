import { describe, expect, it } from 'vitest';
import { tagged } from './helpers';

// A participle joined by a hyphen to the word before it ("second-ranked", "state-owned",
// "long-awaited") makes a compound adjective before a noun, not a past verb of the clause: the
// clause's own verb group dates the weekday (issue 13's "wrong direction"). Sentences are written
// for these tests.
const PUB = '2026-06-10'; // a Wednesday

const cases: [string, string, string, string][] = [
  ['a ranking compound after a fronted weekday', 'On Friday, second-ranked Australian swimmer Ella Hart will race in the final.', 'Friday', '2026-06-12'],
  ["an ownership compound ('state-owned carrier')", 'On Sunday, state-owned carrier Aerolink will resume flights to the islands.', 'Sunday', '2026-06-14'],
  ["a compound after a determiner ('the long-awaited report')", 'On Saturday, the long-awaited flood report will be handed to the council.', 'Saturday', '2026-06-13'],
];

describe('compound adjectives in -ed are no past verb', () => {
  for (const [name, sentence, words, value] of cases) {
    it(name, () => {
      expect(tagged(sentence, PUB, words)?.value).toBe(value);
    });
  }
});
