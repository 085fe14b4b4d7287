import { describe, expect, it } from 'vitest';
import { tagged } from './helpers';

// A disaster named with its month after "after", "since" or "following" ("still clearing debris
// after the tornadoes in October") has struck: nobody schedules an earthquake, so the month is the
// one gone, whatever the present clause says is left to do. Sentences are written for these tests.
const PUB = '2026-06-10';

const cases: [string, string, string, string][] = [
  ['after a present clause', 'The town is still clearing debris after the tornadoes in October.', 'October', '2025-10'],
  ["'following' and a work still to do", 'Dozens of families remain in shelters and much work is left to be done following the earthquake in September.', 'September', '2025-09'],
  ["a possessive and a describing word ('the valley's deadly mudslides')", "Farmers are still waiting for aid to be paid after the valley's deadly mudslides in August.", 'August', '2025-08'],
];

describe('a disaster with its month after "after" has struck', () => {
  for (const [name, sentence, words, value] of cases) {
    it(name, () => {
      expect(tagged(sentence, PUB, words)?.value).toBe(value);
    });
  }
});
