import { describe, expect, it } from 'vitest';
import { tagged } from './helpers';

// Where a weekday is not the narrative's: no day named before it ("the following Tuesday" is
// then read as written, from publication and the tense), a bare or "next" weekday (publication's
// week, as before), and "that" as a conjunction before a weekday. Sentences are written for
// these tests.
const PUB = '2026-06-10'; // a Wednesday
const OPENING = 'The dock strike began on Thursday, March 5, 2026, at the northern terminal.';

type Case = [string, string, string, { type: string; value: string }];

const cases: Case[] = [
  ["'The following Tuesday' with no day named before is read from publication", 'The following Tuesday, the union rejected the offer.', 'The following Tuesday', { type: 'DATE', value: '2026-06-09' }],
  ["a bare 'Tuesday' after a named day is still publication's", `${OPENING} The union will vote on Tuesday.`, 'Tuesday', { type: 'DATE', value: '2026-06-16' }],
  ["'next Tuesday' without 'the' is publication's next Tuesday", `${OPENING} The union will vote next Tuesday.`, 'next Tuesday', { type: 'DATE', value: '2026-06-16' }],
  ["'said that Friday' is a conjunction, not 'that Friday' (the weekday keeps the saying's tense)", `${OPENING} The minister said that Friday talks would go ahead.`, 'Friday', { type: 'DATE', value: '2026-06-05' }],
  ["'the following year' after a named day is still a year, not a weekday", `${OPENING} The terminal was sold the following year.`, 'the following year', { type: 'DATE', value: '2027' }],
];

describe('tagTimexes: weekdays that are not the narrative day', () => {
  it.each(cases)('%s', (_name, text, words, expected) => {
    expect(tagged(text, PUB, words)).toEqual({ text: words, ...expected });
  });
});
