import { describe, expect, it } from 'vitest';
import { tagged } from './helpers';

// What the relative-clause reading (relative-clause-date.test.ts) must NOT take over.
// Sentences are written for these tests.
const PUB = '2026-06-10'; // a Wednesday

describe('tagTimexes: dates the relative-clause reading leaves alone', () => {
  it("a clause opened after the relative verb ('could fine the bank after auditors in March found') is the date's own", () => {
    const text = 'Investors fear the regulator could fine the bank after auditors in March found gaps in its books.';
    expect(tagged(text, PUB, 'March')).toEqual({ text: 'March', type: 'DATE', value: '2026-03' });
  });

  it("'that' before a past verb is no determiner: 'the leak that erupted on 4 July' is the July before", () => {
    const text = 'The leak that erupted on 4 July was capped within a week.';
    expect(tagged(text, '2026-12-10', '4 July')).toEqual({ text: '4 July', type: 'DATE', value: '2026-07-04' });
  });

  it("a relative clause's title after 'as' does not end it ('who will take over as chief executive on 1 October')", () => {
    const text = 'Ms Varga, who will take over as chief executive on 1 October, told analysts the fund was sound.';
    expect(tagged(text, '2026-09-20', '1 October')).toEqual({ text: '1 October', type: 'DATE', value: '2026-10-01' });
  });
});
