import { describe, expect, it } from 'vitest';
import { tagged } from './helpers';

// A decision against an act ("decided against touring on May 2", "opted not to attend the
// summit on Feb. 9") is dated by its deciding; the date after the act is the date the act was
// planned for, which the past of the deciding does not place. With no other cue the month-day
// is the nearest one to publication (issue 16, real pages: the tagger had put such a date in
// the past). Sentences are written for these tests.
type Case = [string, string, string, string, { type: string; value: string }];

const cases: Case[] = [
  [
    "'decided against touring on Feb. 9' in a December story is the coming Feb. 9",
    'The quartet decided against touring on Feb. 9 because of the snow.',
    '2026-12-18',
    'Feb. 9',
    { type: 'DATE', value: '2027-02-09' },
  ],
  [
    "'opted not to attend the gala on January 30th' in a December story is the coming one",
    'The senator opted not to attend the gala on January 30th for security reasons.',
    '2026-12-18',
    'January 30th',
    { type: 'DATE', value: '2027-01-30' },
  ],
  [
    "'chose not to compete in March', written in January, is this March",
    'The skater chose not to compete in March because of an ankle injury.',
    '2027-01-10',
    'March',
    { type: 'DATE', value: '2027-03' },
  ],
];

describe('tagTimexes: the date of an act decided against', () => {
  it.each(cases)('%s', (_name, sentence, published, words, expected) => {
    expect(tagged(sentence, published, words)).toEqual({ text: words, ...expected });
  });
});
