import { describe, expect, it } from 'vitest';
import { tagTimexes } from '../../../src/lib/temporal/index';

// A condition opened after the date ("unless it has reached", "if the board agrees") takes the
// tense a condition takes, the present for what is still to come: its verbs are no verbs of the
// date's clause, which its own verb group places (issue 13: a strike threatened "on Thursday
// unless it has reached a settlement" drawn a week back). Sentences written for these tests;
// published Tuesday 7 June 1988.
const values = (text: string) => tagTimexes(text, '1988-06-07').map((t) => `${t.text}|${t.value}`);

describe('tagTimexes: a condition after the date', () => {
  it('"have threatened to strike at 6 a.m. on Thursday unless it has reached a deal" is the Thursday ahead', () => {
    expect(values('The pilots have threatened to strike at 6 a.m. on Thursday unless it has reached a deal.')).toEqual(['6 a.m. on Thursday|1988-06-09T06:00']);
  });
});
