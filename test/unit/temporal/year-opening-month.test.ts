import { describe, expect, it } from 'vitest';
import { tagTimexes } from '../../../src/lib/temporal/index';

// A year named by the month it opens in, with no year of its own ("the financial year beginning in
// April"), is the one opening nearest publication, whatever the tense of the talk about it, and a
// fiscal year is named by the year it ends in.
// Sentences written for these tests; published Wednesday 11 March 2026.
const values = (text: string) => tagTimexes(text, '2026-03-11').map((t) => `${t.text}|${t.value}`);

describe('tagTimexes: a year opening in a month', () => {
  it('"asked for more money for the financial year beginning in April"', () => {
    expect(values('The ministry asked for more money for the financial year beginning in April.')).toEqual(['the financial year|2027', 'April|2026-04']);
  });
});
