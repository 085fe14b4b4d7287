import { describe, expect, it } from 'vitest';
import { tagTimexes } from '../../../src/lib/temporal/index';

// What the fiscal-quarter rule of fiscal-quarters.test.ts must not touch: "the quarter" ended
// on a day names no place and stays the calendar quarter holding the day; "the last quarter" is
// the latest one, not the fourth; a fiscal year named only in a comparison ("against fiscal
// 1986") does not rename the year of a quarter ended in the autumn; a later quarter named
// without its year (a forecast) keeps the year its tense gives. Thursday 1988-03-10.
const THU = '1988-03-10';
const valueOf = (text: string, words: string) => tagTimexes(text, THU).find((t) => t.text === words)?.value;

describe('tagTimexes: quarters the fiscal rule leaves alone', () => {
  it('"the quarter ended February 28" is the calendar quarter holding the day', () => {
    expect(valueOf('Deposits grew 3 pct in the quarter ended February 28.', 'the quarter')).toBe('1988-Q1');
  });

  it('"the last quarter, which ended December 31" is the latest quarter, the calendar fourth', () => {
    expect(valueOf('Sales jumped 40 pct during the last quarter, which ended December 31.', 'the last quarter')).toBe('1987-Q4');
  });

  it('a fiscal year named in a comparison does not rename a quarter ended in October', () => {
    const story = 'The brewer earned 9 mln dlrs in the fourth quarter ended October 31, against a loss in fiscal 1986.';
    expect(valueOf(story, 'the fourth quarter')).toBe('1987-Q4');
  });

  it('"the previous fourth quarter" after a fourth quarter ended on a day is not moved to it', () => {
    const story = 'The shipbuilder lost 6 mln dlrs in the fourth quarter ended January 31, after a profit of 1 mln dlrs in the previous fourth quarter.';
    expect(tagTimexes(story, THU).filter((t) => /fourth quarter/.test(t.text)).map((t) => t.value)).toEqual(['1988-Q4', '1987-Q4']);
  });

  it('a later quarter forecast after the fiscal one keeps the year its tense gives', () => {
    const story = 'The shipbuilder lost 6 mln dlrs in the first quarter ended January 31. It expects a profit in the third quarter.';
    expect(valueOf(story, 'the third quarter')).toBe('1988-Q3');
  });
});
