import { describe, expect, it } from 'vitest';
import { tagTimexes } from '../../../src/lib/temporal/index';

// A figure's change told in a plain past up to a deadline ("climbed to 312 by the weekend") is a
// tally already reached: the weekend gone. Sentences written for these tests; published Wednesday
// 11 March 2026 (ISO week 11; the weekend before it is week 10's).
const values = (text: string) => tagTimexes(text, '2026-03-11').map((t) => `${t.text}|${t.value}`);

describe('tagTimexes: a figure that climbed by a deadline', () => {
  it('"admissions climbed to 312 by the weekend"', () => {
    expect(values('Admissions climbed to 312 by the weekend, the hospital said.')).toEqual(['the weekend|2026-W10-WE']);
  });
  it('"the toll rose by 40 by Sunday"', () => {
    expect(values('The toll rose by 40 by Sunday, rescuers said.')).toEqual(['Sunday|2026-03-08']);
  });
});
