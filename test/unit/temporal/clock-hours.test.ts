import { describe, expect, it } from 'vitest';
import { tagTimexes } from '../../../src/lib/temporal/index';

// Wire copy writes a clock time in the military way with "hrs" before its zone ("0600 hrs
// GMT", "1000 hrs EDT"): a time of day, as "0600 GMT" is, not a count of hours (read on events
// gold reuters copy, "threatened to strike at 1000 hrs EDT (1400 gmt) on Thursday"). Sentences
// written for these tests; published Tuesday 7 June 1988.
const values = (text: string) => tagTimexes(text, '1988-06-07').map((t) => `${t.type}|${t.text}|${t.value}`);

describe('tagTimexes: a military clock time with "hrs"', () => {
  it('"at 0600 hrs GMT" is a time of the day', () => {
    expect(values('Flights resumed at 0600 hrs GMT.')).toEqual(['TIME|0600 hrs GMT|1988-06-07T06:00Z']);
  });
  it('"at 1000 hrs EDT on Thursday" is ten in the morning of the Thursday ahead', () => {
    expect(values('The dockers will stop work at 1000 hrs EDT on Thursday.')).toEqual(['TIME|1000 hrs EDT on Thursday|1988-06-09T10:00']);
  });
});
