import { describe, expect, it } from 'vitest';
import { tagTimexes } from '../../../src/lib/temporal/index';

// What a results table's notes (results-table-notes.test.ts) must leave alone: "in year" and "in
// quarter" with no figure beside them, and "year after year". Sentences written for these tests.
const values = (text: string, published: string) => tagTimexes(text, published).map((t) => [t.text, t.value]);

describe('tagTimexes: "in year" and "in quarter" that are no table notes', () => {
  it('"Buyers came back in year after year" has no date', () => {
    expect(values('Buyers came back in year after year.', '1988-10-14')).toEqual([]);
  });
  it('"the rent is paid in quarter" with no figure has no date', () => {
    expect(values('The club said the rent is paid in quarter.', '1988-10-14')).toEqual([]);
  });
});
