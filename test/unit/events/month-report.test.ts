// Issue 13: what the month-report rule (month-report.negative.test.ts) keeps: a figure's move
// dated by its month, the report told after a comma, and a report named by its day of release.
// Sentences written for these tests; timexes handmade.
import { describe, expect, it } from 'vitest';
import { dateWordsWith } from './helpers';

const PUBLISHED = '2025-04-04';
const datesOf = dateWordsWith(PUBLISHED);

describe('months and days that still date a happening', () => {
  it('keeps "rose in March, the report showed"', () => {
    expect(datesOf('Hiring rose in March, the report showed.', [['March', '2025-03']])).toEqual(['March']);
  });
  it('keeps a study released late last month by a data firm', () => {
    expect(datesOf('A study released late last month by Harbor Data Partners found rents rising.', [['late last month', '2025-03']])).toEqual(['late last month']);
  });
  it('keeps "said in a June report", dated by its release', () => {
    expect(datesOf('The inspector said in a June report that the jail was understaffed.', [['June', '2024-06']])).toEqual(['June']);
  });
  it('keeps a report named by its day of release', () => {
    expect(datesOf('A March 14 report in the journal said the trial was halted.', [['March 14', '2025-03-14']])).toEqual(['March 14']);
  });
});
