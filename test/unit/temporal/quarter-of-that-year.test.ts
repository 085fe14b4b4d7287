import { describe, expect, it } from 'vitest';
import { tagTimexes } from '../../../src/lib/temporal/index';

// "the fourth quarter of that year": a quarter or half placed in the year the story last named,
// as a month "of that year" is (read on reuters/fresh14's BASF). Sentences written for these tests.
const pairs = (text: string) => tagTimexes(text, '1988-03-01').map((t) => [t.text, t.value]);

describe('tagTimexes: a quarter or half of that year', () => {
  it('a quarter takes the year named before it', () => {
    expect(pairs('The chain bought 40 stores in 1985. Their sales entered its accounts only in the fourth quarter of that year.')).toContainEqual(['the fourth quarter of that year', '1985-Q4']);
  });

  it('so does a half', () => {
    expect(pairs('The mine reopened in 1984, and output recovered in the second half of that year.')).toContainEqual(['the second half of that year', '1984-H2']);
  });
});
