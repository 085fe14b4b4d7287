import { describe, expect, it } from 'vitest';
import { tagged } from './helpers';

// Where a past deciding still dates the date: the date is the deciding's own ("decided on
// Feb. 9 to stop touring", "decided against it in October"), the decision is for the act
// ("decided to tour in February"). Only the deciding's own cue is set aside: another past verb
// in the sentence still counts ("..., the band said"). Sentences are written for these tests.
type Case = [string, string, string, string, { type: string; value: string }];

const cases: Case[] = [
  [
    "'decided on Feb. 9 to stop touring' dates the deciding, in the past",
    'The quartet decided on Feb. 9 to stop touring.',
    '2026-12-18',
    'Feb. 9',
    { type: 'DATE', value: '2026-02-09' },
  ],
  [
    "'decided against the merger in October' dates the deciding (no act given up)",
    'The board decided against the merger in October.',
    '2027-01-10',
    'October',
    { type: 'DATE', value: '2026-10' },
  ],
  [
    "'decided to tour in February', a decision for the act, keeps the past",
    'The quartet decided to tour in February with a new drummer.',
    '2026-12-18',
    'February',
    { type: 'DATE', value: '2026-02' },
  ],
  [
    "'declined to comment on Feb. 9' is not a decision against an act planned",
    'The ministry declined to comment on Feb. 9.',
    '2026-12-18',
    'Feb. 9',
    { type: 'DATE', value: '2026-02-09' },
  ],
  [
    "a past verb after the date still governs it ('..., the band said')",
    'The quartet decided against touring on Feb. 9, the band said.',
    '2026-12-18',
    'Feb. 9',
    { type: 'DATE', value: '2026-02-09' },
  ],
];

describe('tagTimexes: a past deciding that still dates the date', () => {
  it.each(cases)('%s', (_name, sentence, published, words, expected) => {
    expect(tagged(sentence, published, words)).toEqual({ text: words, ...expected });
  });
});
