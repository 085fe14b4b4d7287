import { Chrono } from 'chrono-node';
import { describe, expect, it } from 'vitest';
import { calendarParsers } from '../../../src/lib/temporal/chronoParsers';
import { cueOf } from '../../../src/lib/temporal/guard';
import { calendarGuardOf, parseSentence } from '../../../src/lib/temporal/newsChrono';

// The marks a sentence's cue carries, read in the pass that finds its stems: a guard tests one
// before running its expression (a pattern of "3rd" needs a digit before a letter, one of
// "7/8/2007" a slash). Purely a speed device: each mark is one its patterns cannot match without.
describe('a sentence cue marks', () => {
  it('a digit directly before a letter: an ordinal, a decade, a clock run together', () => {
    expect(cueOf('The ferry sails on the 2nd.').digitLetter).toBe(true);
    expect(cueOf('Songs of the 1970s filled the hall.').digitLetter).toBe(true);
    expect(cueOf('Doors open at 8pm sharp.').digitLetter).toBe(true);
  });

  it('a letter directly before a digit: a quarter or a half written short', () => {
    expect(cueOf('Freight volumes grew in Q2.').letterDigit).toBe(true);
    expect(cueOf('the h1 figures').letterDigit).toBe(true);
  });

  it('four digits in a row: a year, a clock of the wire', () => {
    expect(cueOf('The bridge opened in 1932.').fourDigits).toBe(true);
    expect(cueOf('Trading halted at 1430 GMT.').fourDigits).toBe(true);
  });

  it('an apostrophe directly before a digit: a year cut short', () => {
    expect(cueOf("the class of '09").quoteDigit).toBe(true);
    expect(cueOf('the flood of \u201992').quoteDigit).toBe(true);
  });

  it('a slash', () => {
    expect(cueOf('Crops for the Apr/May window').slash).toBe(true);
    expect(cueOf('due 11/2031').slash).toBe(true);
  });

  it('two numbers joined by a slash, a dot or a hyphen', () => {
    expect(cueOf('The fair runs 4/11 to 4/14.').joinedDigits).toBe(true);
    expect(cueOf('Ballots dated 03.05.2031 count.').joinedDigits).toBe(true);
    expect(cueOf('a 6-2 win for the visitors').joinedDigits).toBe(true);
  });

  it('a hyphen one or two characters after a digit', () => {
    expect(cueOf('the 2030-31 season').hyphenAfterDigit).toBe(true);
    expect(cueOf('the 2030 - 31 season').hyphenAfterDigit).toBe(true);
    expect(cueOf('a 7-day pass').hyphenAfterDigit).toBe(true);
  });

  it('four digits right before a hyphen: a date written year first', () => {
    expect(cueOf('Filed on 2031-07-09.').yearHyphen).toBe(true);
    expect(cueOf('the 2030-31 season').yearHyphen).toBe(true);
  });
});

describe('calendar parser guards with a mark', () => {
  // dates written every way the marked parsers read
  const WRITTEN = ['2031-07-09', '2031/07/09', '2031 Jul 9', '2031-7-9T08:15', '11/2031', '07/2031 delivery', 'on 2031.07.09', '4/11', '4/11/2031', '4.11.31', '4-11', '4.5 points', 'at 9', '9.45 pm', '21:10', 'closed at 6 p.m.'];
  const PROBE_DATE = new Date(2031, 5, 15, 12);
  it('turn away only texts their parser reads nothing in', () => {
    const marked = calendarParsers().filter(({ needs }) => needs.mark);
    expect(marked.length).toBe(5);
    for (const { parser, needs } of marked) {
      const alone = new Chrono({ parsers: [parser], refiners: [] });
      for (const text of WRITTEN) if (!calendarGuardOf(needs)(cueOf(text))) expect(alone.parse(text, PROBE_DATE), `${text} turned away`).toEqual([]);
    }
  });
});

describe('calendar parser guards with an expression of their own', () => {
  // a day or a year written right before a month's name, every way chrono's parsers read them,
  // and the name written other ways
  const WRITTEN = [
    '3 March 2031', '3rd of March', 'the third of March', '3-5 March', '3 to 5 March', 'twenty-first March', '21st/March', '3March',
    '2031 March', '2031, March', '2031 of March', '300 BC March', '2031-Mar', 'March 3, 2031', 'in March', 'March 2031', 'Sept. 3',
  ];
  const PROBE_DATE = new Date(2031, 5, 15, 12);
  it('turn away only texts their parser reads nothing in', () => {
    const own = calendarParsers().filter(({ needs }) => needs.then);
    expect(own.length).toBe(2);
    for (const { parser, needs } of own) {
      const alone = new Chrono({ parsers: [parser], refiners: [] });
      let read = 0;
      for (const text of WRITTEN) {
        if (!calendarGuardOf(needs)(cueOf(text))) expect(alone.parse(text, PROBE_DATE), `${text} turned away`).toEqual([]);
        else read += alone.parse(text, PROBE_DATE).length;
      }
      expect(read).toBeGreaterThan(2);
    }
  });
});

describe('parsers guarded by a mark', () => {
  const read = (text: string) => parseSentence(text, new Date(Date.UTC(2031, 6, 9, 12)), { newsline: { reference: { year: 2031, month: 7, day: 9 } } } as object).map((r) => r.text);
  it('still read what their marks stand for', () => {
    expect(read('The pageant is held on the 14th.').join(' ')).toMatch(/14th/);
    expect(read('Jazz of the 1920s came back.').join(' ')).toMatch(/1920s/);
    expect(read('Its Q3 margin widened.').join(' ')).toMatch(/Q3/);
    expect(read('The 2030/31 season opens soon.').join(' ')).toMatch(/2030\/31/);
    expect(read("The mill closed in '87.").join(' ')).toMatch(/'87/);
    expect(read('Prices rose in \u201992 and fell.').join(' ')).toMatch(/\u201992/);
    expect(read('The levee held in 1927.').join(' ')).toMatch(/1927/);
  });
});
