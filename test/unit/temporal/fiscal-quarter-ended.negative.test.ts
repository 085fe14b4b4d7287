import { describe, expect, it } from 'vitest';
import { tagTimexes } from '../../../src/lib/temporal/index';

// With no fiscal quarter named before it, "the quarter ended January 31" is the calendar quarter
// that holds the day. Sentences written for these tests; published Wednesday 11 March 2026.
const values = (text: string) => tagTimexes(text, '2026-03-11').map((t) => `${t.text}|${t.value}`);

describe('tagTimexes: the quarter ended on a fiscal day, negative cases', () => {
  it('"the quarter ended January 31" alone', () => {
    expect(values('Harlow Tools Inc said it lost 2.1 mln dlrs in the quarter ended January 31.')).toEqual(['the quarter|2026-Q1', 'January 31|2026-01-31']);
  });
});
