import { describe, expect, it } from 'vitest';
import { tagTimexes } from '../../../src/lib/temporal/index';

// A results story states its company's fiscal calendar by the day one of its periods ended ("the
// first nine months ended January 31", "the second half ended March 31"); the quarters and halves
// it names without a year, before or after that, are of that fiscal year, named as the words
// place them (issue 16's fiscal class; read on reuters/fresh14's BHP and fresh9's Nissan).
// Stories written for these tests.
const valueOf = (text: string, published: string, words: string) => tagTimexes(text, published).find((t) => t.text === words)?.value;

describe('tagTimexes: a fiscal calendar stated by a period\'s end day', () => {
  it('a quarter named bare after a run of quarters ended on a day is of that fiscal year', () => {
    const story = 'Quantum Mills said profit for the first three quarters ended January 31 rose 8 pct. Third quarter profit fell to 12 mln dlrs from 14 mln dlrs.';
    expect(valueOf(story, '1988-03-03', 'Third quarter')).toBe('1988-Q3');
  });

  it('a run counted in months states the calendar as a run of quarters does', () => {
    const story = 'Harbour Foods earned 30 mln dlrs in the nine months ended February 29. Its second quarter had been its weakest.';
    expect(valueOf(story, '1988-03-24', 'second quarter')).toBe('1988-Q2');
  });

  it('a half ended on a day, its headline above and the other half after it share one fiscal year', () => {
    const story = 'NAKAMURA SEES SECOND HALF LOSS\n\nTOKYO, April 4 - Nakamura Electric said it probably lost money in the second half ended March 31 after a first half profit of two billion yen.';
    const got = tagTimexes(story, '1988-04-04').map((t) => [t.text, t.value]);
    expect(got).toContainEqual(['SECOND HALF', '1988-H2']);
    expect(got).toContainEqual(['the second half', '1988-H2']);
    expect(got).toContainEqual(['first half', '1988-H1']);
  });

  it('two quarters of one fiscal year ended in two calendar years take one year\'s name', () => {
    const story = 'Net in the second quarter ended November 30 was 5 mln dlrs; in the third quarter ended February 28 it fell.';
    const got = tagTimexes(story, '1988-03-20').map((t) => [t.text, t.value]);
    expect(got).toContainEqual(['the third quarter', '1988-Q3']);
    expect(got).toContainEqual(['the second quarter', '1988-Q2']);
  });

  it('a quarter "ending" on a day without its year, forecast weeks before, ends at hand and states the calendar', () => {
    const story = 'SUNBELT STORES TO HAVE 3RD QTR LOSS\n\nDALLAS, March 4 - Sunbelt Stores said it expects to report a loss for the third quarter ending March 31. In last year\'s third quarter it earned 2 mln dlrs. Its third quarter is usually weak.';
    const got = tagTimexes(story, '1988-03-04').map((t) => [t.text, t.value]);
    expect(got).toContainEqual(['the third quarter', '1988-Q3']);
    expect(got).toContainEqual(["last year's third quarter", '1987-Q3']);
    expect(got).toContainEqual(['third quarter', '1988-Q3']);
  });

  it('a first half ended on December 31 is of the fiscal year to June, named by the year it ends in', () => {
    const story = 'SYDNEY, Feb 26 - Southern Cross Mining said net profit in the first half ended December 31 rose 12 pct.';
    expect(valueOf(story, '1988-02-26', 'the first half')).toBe('1988-H1');
  });
});
