import { describe, expect, it } from 'vitest';
import { calendarParsers } from '../../../src/lib/temporal/chronoParsers';
import { cueOf } from '../../../src/lib/temporal/guard';
import { calendarGuardOf } from '../../../src/lib/temporal/newsChrono';

describe('a sentence cue does not mark', () => {
  it('a digit before a letter where a space, a mark or a non-ASCII letter stands between', () => {
    expect(cueOf('They sold 40 rugs.').digitLetter).toBe(false);
    expect(cueOf('Route 9-B closed.').digitLetter).toBe(false);
    expect(cueOf('Lot 7\u00e9 was sold.').digitLetter).toBe(false);
  });

  it('a letter before a digit where a space stands between', () => {
    expect(cueOf('Gate B 4 is shut.').letterDigit).toBe(false);
  });

  it('four digits broken by a mark or a space', () => {
    expect(cueOf('Seats rose to 1,250.').fourDigits).toBe(false);
    expect(cueOf('Call 555 12 34.').fourDigits).toBe(false);
  });

  it('an apostrophe before a digit where a space stands between, or a quotation mark opens', () => {
    expect(cueOf("the workers' 12 demands").quoteDigit).toBe(false);
    expect(cueOf('he said \u201c40 more\u201d').quoteDigit).toBe(false);
  });

  it('a slash where none is written', () => {
    expect(cueOf('The fund grew 12 percent.').slash).toBe(false);
    expect(cueOf('a back\\slash').slash).toBe(false);
  });

  it('numbers joined where a space or a letter stands between', () => {
    expect(cueOf('Scores: 6 - 2 and 4 / 5.').joinedDigits).toBe(false);
    expect(cueOf('Route 9-B and exit 12.').joinedDigits).toBe(false);
    expect(cueOf('It cost 12.').joinedDigits).toBe(false);
  });

  it('a hyphen three or more characters after a digit, or before it', () => {
    expect(cueOf('Gate 12 is a run-down hall.').hyphenAfterDigit).toBe(false);
    expect(cueOf('Route 9BX-north').hyphenAfterDigit).toBe(false);
    expect(cueOf('the well-known -12 reading').hyphenAfterDigit).toBe(false);
  });

  it('a hyphen after fewer than four digits, or after four broken by a mark', () => {
    expect(cueOf('a 203-page report').yearHyphen).toBe(false);
    expect(cueOf('1,250-seat hall').yearHyphen).toBe(false);
  });
});

describe('calendar parser guards with an expression of their own turn away', () => {
  const own = (text: string) => calendarParsers().filter(({ needs }) => needs.then && calendarGuardOf(needs)(cueOf(text))).length;
  it('a month named with no day or year right before it', () => {
    expect(own('Sales rose in March, by 3 percent.')).toBe(0);
    expect(own('March 3, 2031 was a Monday.')).toBe(0);
    expect(own('The market fell.')).toBe(0);
  });
});
