import { describe, expect, it } from 'vitest';
import { tagTimexes } from '../../../src/lib/temporal/index';

// Halves of a fiscal year and the full fiscal year (reuters/fresh15's Japanese budget and
// Comdisco): "the first half of the current fiscal year which began on April 1" is a half, not the
// year its first day names; "the first 1987/88 half" a half of the split year, of the year it
// starts in as "1987/88" is; "earnings for the full fiscal year should be at record levels" the
// fiscal year still to close, no earlier than publication's, whatever past year the story named
// before it. Sentences written for these tests.
const valueOf = (text: string, words: string) => tagTimexes(text, '1992-04-08').find((t) => t.text === words)?.value;

describe('tagTimexes: halves of a fiscal year and the full fiscal year', () => {
  it('a half of the fiscal year that began on a day stays a half', () => {
    expect(valueOf('The ministry will front-load spending in the first half of the current fiscal year which began on April 1.', 'the first half of the current fiscal year')).toBe('1992-H1');
  });

  it('"the second 1991/92 half" is a half of the split year', () => {
    expect(valueOf('Exports in the second 1991/92 half are seen rising.', 'the second 1991/92 half')).toBe('1991-H2');
  });

  it('"the full fiscal year" of a forecast is not a year the story named before', () => {
    const text = 'In the year-earlier first quarter, the group earned 30 cts a share. Profit for the full fiscal year should reach 1.40 dlrs a share.';
    expect(valueOf(text, 'the full fiscal year')).toBe('1992');
  });
});
