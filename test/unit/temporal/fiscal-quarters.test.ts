import { describe, expect, it } from 'vitest';
import { tagTimexes } from '../../../src/lib/temporal/index';

// A fiscal quarter named by its place and the day it ended (issue 16's fiscal class, read on
// reuters/fresh4 and confirmed on fresh3): the words name the place ("the second quarter"), and
// TIMEX3 values what is written, so the place is kept, in the year of the day it ended, or in
// the fiscal year the story itself names when that year holds it (a retailer's year ending in
// January is named by the year before); that quarter or an earlier one of its fiscal year named
// again without its year is of the same fiscal year (fresh4's Varity, fresh5's Whittaker). Sentences written for these tests; Thursday 1988-03-10.
const THU = '1988-03-10';
const values = (text: string) => tagTimexes(text, THU).map((t) => [t.text, t.value]);
const valueOf = (text: string, words: string) => tagTimexes(text, THU).find((t) => t.text === words)?.value;

describe('tagTimexes: fiscal quarters named by the day they ended', () => {
  it('"the second quarter ended January 31" is a second quarter, not the calendar first', () => {
    expect(valueOf('The toy maker earned 4.1 mln dlrs in the second quarter ended January 31.', 'the second quarter')).toBe('1988-Q2');
  });

  it('a chain store\'s fourth quarter ended in January belongs to the fiscal year the story names', () => {
    const story = 'Big Value Stores said fiscal 1987 profit rose 12 pct. Net for the fourth quarter ended January 30 rose to 61 mln dlrs from 48 mln dlrs a year ago.';
    expect(values(story).slice(1)).toEqual([['the fourth quarter', '1987-Q4'], ['January 30', '1988-01-30'], ['a year ago', '1986-Q4']]);
  });

  it('a quarter and the full year ended on one day are both named by that day', () => {
    expect(valueOf('The tractor maker expects a loss for the fourth quarter and full year ended January 31.', 'the fourth quarter')).toBe('1988-Q4');
  });

  it('the same quarter named again without its year, reported in the past, keeps the year its end day gave', () => {
    const story = 'The toy maker said it sold two plants in the first quarter ended January 31. It reported first quarter earnings of 2.1 mln dlrs against 3.4 mln dlrs a year before.';
    expect([valueOf(story, 'first quarter'), valueOf(story, 'a year before')]).toEqual(['1988-Q1', '1987-Q1']);
  });

  it('"its fiscal first quarter ends Dec. 31" is named by the day it ends, as by the day it ended', () => {
    expect(tagTimexes('The software maker\'s fiscal first quarter ends Dec. 31.', '1989-11-02').find((t) => t.text === 'first quarter')?.value).toBe('1989-Q1');
  });

  it('an earlier quarter named without its year after the fiscal one is of the same fiscal year', () => {
    const story = 'The shipbuilder lost 6 mln dlrs in the fourth quarter ended January 31. Its second quarter loss had been 2 mln dlrs.';
    expect(valueOf(story, 'second quarter')).toBe('1988-Q2');
  });
});
