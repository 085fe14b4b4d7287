import { describe, expect, it } from 'vitest';
import { tagTimexes } from '../../../src/lib/temporal/index';

// Days of one month listed with one year after the last ("Oct. 9, 11, 1981", "June 3 and 4,
// 2025"): the year is the first day's too, and the list is one expression dated by its first day.
// Sentences written for these tests; negatives in day-list.negative.test.ts.
const values = (text: string, published: string) => tagTimexes(text, published).map((t) => [t.text, t.value]);

describe('tagTimexes: days of a month listed before one year', () => {
  it('a chronology line of two concerts is in its year', () => {
    expect(values('Nov. 2, 4, 1979: The band played two sold-out shows.', '2024-09-08')).toEqual([['Nov. 2, 4, 1979', '1979-11-02']]);
  });
  it('a schedule of hearings joined by "and" is in its year', () => {
    expect(values('The hearings are set for June 3 and 4, 2025.', '2025-02-11')).toEqual([['June 3 and 4, 2025', '2025-06-03']]);
  });
  it('three days joined by commas and "and"', () => {
    expect(values('The revival met on Aug. 8, 10 and 12, 1957, in a tent by the river.', '2023-01-05')).toEqual([['Aug. 8, 10 and 12, 1957', '1957-08-08']]);
  });
});
