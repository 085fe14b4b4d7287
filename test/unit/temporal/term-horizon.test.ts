import { describe, expect, it } from 'vitest';
import { tagTimexes } from '../../../src/lib/temporal/index';

// A horizon named by its length, "the longer term", "the medium term", "the shorter term", looks
// ahead as "the near term" does (read on t17/fresh2's Fed testimony). Sentences written for these
// tests; published 2016-02-03.
const all = (text: string) => tagTimexes(text, '2016-02-03').map((t) => [t.text, t.type, t.value]);

describe('tagTimexes: the horizon of a plan', () => {
  it('"in the longer term" is FUTURE_REF', () => {
    expect(all('The council wants to widen the bypass in the longer term.')).toEqual([['the longer term', 'DATE', 'FUTURE_REF']]);
  });

  it('"over the medium term" and "the shorter term" are FUTURE_REF', () => {
    expect(all('Fares may rise over the medium term, though the shorter term looks calm.')).toEqual([
      ['the medium term', 'DATE', 'FUTURE_REF'],
      ['the shorter term', 'DATE', 'FUTURE_REF'],
    ]);
  });
});
