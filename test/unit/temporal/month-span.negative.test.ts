import { describe, expect, it } from 'vitest';
import { tagTimexes } from '../../../src/lib/temporal/index';

// A day, a hyphen and a month with no month's name before the day stay one day-month date
// ("15-March-1985", a form in records and tables). Sentences written for these tests; published
// Tuesday 7 June 1988.
const values = (text: string) => tagTimexes(text, '1988-06-07').map((t) => `${t.text}|${t.value}`);

describe('tagTimexes: a run of days across two months, negative cases', () => {
  it('"dated 15-March-1985" is one date', () => {
    expect(values('The ledger dated 15-March-1985 was never found.')).toEqual(['15-March-1985|1985-03-15']);
  });
});
