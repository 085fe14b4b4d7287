// Issue 13: what the share-goal rule (share-goal.negative.test.ts) keeps: a cut told as done by a
// year. Sentences written for these tests; timexes handmade.
import { describe, expect, it } from 'vitest';
import { dateWordsWith } from './helpers';

const PUBLISHED = '2025-06-10';
const datesOf = dateWordsWith(PUBLISHED);

describe('a share changed by a year, told as done', () => {
  it('keeps "cut water use by 12% by 2021"', () => {
    expect(datesOf('The brewery cut water use by 12% by 2021, its report showed.', [['2021', '2021']])).toEqual(['2021']);
  });
});
