import { describe, expect, it } from 'vitest';
import { tagTimexes } from '../../../src/lib/temporal/index';

// A figure expected to climb by a deadline still looks ahead. Sentences written for these tests;
// published Wednesday 11 March 2026.
const values = (text: string) => tagTimexes(text, '2026-03-11').map((t) => `${t.text}|${t.value}`);

describe('tagTimexes: a figure that climbed by a deadline, negative cases', () => {
  it('"are expected to climb to 400 by the weekend"', () => {
    expect(values('Admissions are expected to climb to 400 by the weekend.')).toEqual(['the weekend|2026-W11-WE']);
  });
});
