import { describe, expect, it } from 'vitest';
import { tagTimexes } from '../../../src/lib/temporal/index';

// A story that has named this year's quarter ("revenues for the second quarter of 1991 ... a loss
// for the quarter") and then gives figures for the same quarter of an earlier fiscal year ("net
// income of 3 mln dlrs for its second quarter fiscal 1990") compares with that quarter; it does not
// report it: a later "the second quarter loss will ..." stays this year's (issue 16's comparison
// periods, read on reuters/fresh21 after its first score). Text written for these tests.
const values = (text: string, published: string) => tagTimexes(text, published).map((t) => [t.text, t.value]);

describe('tagTimexes: a quarter of an earlier year given figures after this year\'s was named', () => {
  it('"the second quarter" after "second quarter fiscal 1990" figures stays 1991-Q2', () => {
    const story = 'The maker said revenues for the second quarter of 1991 will fall short of plan.\nIt recorded net income of 3 mln dlrs for its second quarter fiscal 1990.\nThe company said the second quarter loss will breach a loan covenant.\n';
    expect(values(story, '1991-06-20')).toEqual([
      ['the second quarter of 1991', '1991-Q2'],
      ['second quarter fiscal 1990', '1990-Q2'],
      ['the second quarter', '1991-Q2'],
    ]);
  });
});
