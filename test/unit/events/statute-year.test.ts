// What stays an event beside a statute's title: a year that dates the law's making, and a
// year after a comma that follows no statute's name. Sentences written for these tests; timexes
// handmade.
import { describe, expect, it } from 'vitest';
import { dateWordsWith } from './helpers';

const PUBLISHED = '2025-08-20';
const datesOf = dateWordsWith(PUBLISHED);

describe('years beside a statute that still date', () => {
  it('keeps the year the assembly passed the act', () => {
    expect(datesOf('The assembly passed the Broadcasting Act in 2019 after two years of debate.', [['2019', '2019']])).toEqual(['2019']);
  });
  it('keeps a month and year after a comma that closes no title', () => {
    expect(datesOf('The minister tabled the bill in parliament in March, 2023, after a long fight.', [['March, 2023', '2023-03']])).toEqual(['March, 2023']);
  });
});
