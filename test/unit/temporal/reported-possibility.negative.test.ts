import { describe, expect, it } from 'vitest';
import { tagged } from './helpers';

// A past unrealised ("could have won"), a saying's own day and a past verb before a closing
// attribution keep the past. Sentences are written for these tests.
const PUB = '2026-06-10'; // a Wednesday

const cases: [string, string, string, string][] = [
  ["'could have' after 'said' looks back", 'She said she could have won the race on Sunday.', 'Sunday', '2026-06-07'],
  ["the saying's own weekday ('said Monday it could')", 'The club said Monday it could move the match.', 'Monday', '2026-06-08'],
  ['a past verb before a closing attribution', 'Exports fell sharply in August, the ministry said.', 'August', '2025-08'],
  ['a closing attribution alone leaves a weekday in the week gone', 'No injuries on Sunday, police said.', 'Sunday', '2026-06-07'],
];

describe('reported pasts stay past', () => {
  for (const [name, sentence, words, value] of cases) {
    it(name, () => {
      expect(tagged(sentence, PUB, words)?.value).toBe(value);
    });
  }
});
