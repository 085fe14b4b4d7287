// Issue 13: a change of a share set for a year by a plan or a pledge ("aims to cut plastic waste by
// 40% by 2032") names a goal, as "a 2032 target" does; the year dates no happening. Sentences
// written for these tests; timexes handmade.
import { describe, expect, it } from 'vitest';
import { dateWordsWith } from './helpers';

const PUBLISHED = '2025-06-10';
const datesOf = dateWordsWith(PUBLISHED);

describe('a share to change by a year, planned or pledged', () => {
  it.each([
    ['a plan with a percentage', 'Last week the ministry unveiled plans to cut plastic waste by 40% by 2032.', '2032'],
    ['a pledge with a range', 'The port has pledged to lower diesel use by 15-20 per cent by 2030.', '2030'],
    ['an aim to halve', 'The agency aims to reduce road deaths by half by 2034.', '2034'],
  ])('%s', (_name, text, year) => {
    expect(datesOf(text, [[year, year]])).toEqual([]);
  });
});
