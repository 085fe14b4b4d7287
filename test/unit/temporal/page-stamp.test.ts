import { describe, expect, it } from 'vitest';
import { tagTimexes } from '../../../src/lib/temporal/index';

// A page's stamp is one TIME: the weekday before the date is part of it ("Mon Apr 11, 2011 6:07
// pm EDT", "Friday, February 20, 2009"), a British clock with a dot before its zone ("Tuesday 5
// May 2009 17.42 BST", "03.26 GMT") and a clock after a semicolon ("Friday, October 29, 2010; 10:22
// AM") join the date; a weekday before a day-month in the text too ("on Tuesday 28 April"). Read on
// t17/fresh1 (The Guardian, The Washington Post, Reuters) and wire. Stamps written for these
// tests.
const all = (text: string, published: string) => tagTimexes(text, published).map((t) => [t.text, t.type, t.value]);

describe("tagTimexes: a page's stamp", () => {
  it('a Guardian-style stamp with a dotted clock and BST is one TIME in local time', () => {
    expect(all('Thursday 14 June 2012 09.15 BST Flood warnings remain in place.', '2012-06-14')).toEqual([['Thursday 14 June 2012 09.15 BST', 'TIME', '2012-06-14T09:15']]);
  });

  it('a dotted clock with GMT carries the Z', () => {
    expect(all('Saturday 3 March 2007 21.05 GMT Rescuers reached the village.', '2007-03-03')).toEqual([['Saturday 3 March 2007 21.05 GMT', 'TIME', '2007-03-03T21:05Z']]);
  });

  it('a date, a semicolon and a clock are one stamp', () => {
    expect(all('Tuesday, March 3, 2009; 4:05 PM The council voted.', '2009-03-03')).toEqual([['Tuesday, March 3, 2009; 4:05 PM', 'TIME', '2009-03-03T16:05']]);
  });

  it('an abbreviated weekday joins a wire stamp', () => {
    expect(all('Thu Sep 8, 2011 11:02 am EDT (Reuters) - Stocks rose.', '2011-09-08')).toEqual([['Thu Sep 8, 2011 11:02 am EDT', 'TIME', '2011-09-08T11:02']]);
  });

  it('"on Wednesday 29 April" in the text is one date', () => {
    expect(all('The ban began on Wednesday 29 April, officials said.', '2009-05-05')).toEqual([['Wednesday 29 April', 'DATE', '2009-04-29']]);
  });
});
