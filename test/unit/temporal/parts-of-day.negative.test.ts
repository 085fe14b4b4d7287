import { describe, expect, it } from 'vitest';
import { tagTimexes } from '../../../src/lib/temporal/index';

// What the rules of this class must leave alone. The class: a part of the story's day named with "in
// the" ("in the afternoon", "late last night") (issue 16). Sentences written for these tests.
const values = (text: string, published: string) => tagTimexes(text, published).map((t) => [t.text, t.value]);

describe('tagTimexes: "in the morning" that names no day of the story', () => {
  it('a habit, a present or a plan, a clock\'s hour and a noun\'s part of day are not tagged so', () => {
    expect(values('Traders usually buy in the morning.', '1987-06-04')).toEqual([]);
    expect(values('It is the first thing I think about when I wake up in the morning.', '1987-06-04')).toEqual([]);
    expect(values('He was woken at three o\'clock in the morning.', '1987-06-04').map(([words]) => words)).not.toContain('the morning');
    expect(values('Vendors sat in the afternoon sun.', '1987-06-04')).toEqual([]);
  });
});
