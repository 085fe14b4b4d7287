import { describe, expect, it } from 'vitest';
import { tagTimexes } from '../../../src/lib/temporal/index';

// "reported a fiscal third quarter loss ... in the quarter ended January 31": a quarter named
// without its place, ended on a day no calendar quarter ends on, is the fiscal quarter the story
// has just named, and its comparisons are that quarter's. Sentences written for these tests;
// published Wednesday 11 March 2026.
const values = (text: string) => tagTimexes(text, '2026-03-11').map((t) => `${t.text}|${t.value}`);

describe('tagTimexes: the quarter ended on a fiscal day is the fiscal quarter named before it', () => {
  it('a fiscal third quarter, then "the quarter ended January 31" and "the year-ago period"', () => {
    expect(values('Harlow Tools Inc, which reported a fiscal third quarter loss, said it lost 2.1 mln dlrs in the quarter ended January 31, after a profit in the year-ago period.')).toEqual([
      'third quarter|2026-Q3',
      'the quarter|2026-Q3',
      'January 31|2026-01-31',
      'the year-ago period|2025-Q3',
    ]);
  });
});
