import { describe, expect, it } from 'vitest';
import { tagged } from './helpers';

// What a source said might or could be done lies ahead of the saying, as a plan with "would"
// does ("the club said it might stage the replay on Saturday"); and a sentence closed by its
// attribution (", the minister said.") reports the whole of it, so its "would" is a plan reported
// too, and the saying's past does not date what was said. Sentences are written for these tests.
const PUB = '2026-06-10'; // a Wednesday

const cases: [string, string, string, string][] = [
  ["a reported 'might'", 'The club said it might stage the replay on Saturday.', 'Saturday', '2026-06-13'],
  ["a reported 'could'", 'The union said it could call a strike on Monday.', 'Monday', '2026-06-15'],
  ["a 'would' under a closing attribution", 'The ministry approved the grant and would pay the first instalment in March, the minister said.', 'March', '2027-03'],
  ["a closing attribution with a title and a name", 'Teachers walked out of the talks and would return to classes in February, union secretary Ana Ruiz said.', 'February', '2027-02'],
];

describe('possibilities and plans reported lie ahead', () => {
  for (const [name, sentence, words, value] of cases) {
    it(name, () => {
      expect(tagged(sentence, PUB, words)?.value).toBe(value);
    });
  }
});
