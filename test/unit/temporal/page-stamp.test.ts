import { describe, expect, it } from 'vitest';
import { tagTimexes } from '../../../src/lib/temporal/index';

// The weekday written before the date it falls on is part of the date's span, as TimeML writes
// "Friday, October 29, 2010": a wire stamp's abbreviation ("Mon Apr 11, 2011 6:07 pm EDT"), a
// page's full name ("Friday, February 20, 2009") and a weekday before a day-month in the text ("on
// Tuesday 28 April"). Read on t17/fresh1 (The Guardian, The Washington Post, Reuters) and wire.
// Stamps written for these tests.
const all = (text: string, published: string) => tagTimexes(text, published).map((t) => [t.text, t.type, t.value]);

describe("tagTimexes: a weekday before its date", () => {
  it('a page\'s "Tuesday, March 3, 2009" is one date', () => {
    expect(all('WASHINGTON Tuesday, March 3, 2009 The council voted.', '2009-03-03')).toEqual([['Tuesday, March 3, 2009', 'DATE', '2009-03-03']]);
  });

  it('an abbreviated weekday joins a wire stamp', () => {
    expect(all('Thu Sep 8, 2011 11:02 am EDT (Reuters) - Stocks rose.', '2011-09-08')).toEqual([['Thu Sep 8, 2011 11:02 am EDT', 'TIME', '2011-09-08T11:02']]);
  });

  it('"on Wednesday 29 April" in the text is one date', () => {
    expect(all('The ban began on Wednesday 29 April, officials said.', '2009-05-05')).toEqual([['Wednesday 29 April', 'DATE', '2009-04-29']]);
  });
});
