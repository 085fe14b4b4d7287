import { describe, expect, it } from 'vitest';
import { tagTimexes } from '../../../src/lib/temporal/index';

// Two ways news words a date that its clause's past would otherwise send back a year: "since"
// meaning "because", before a date its own present or modal verb follows ("since Christmas falls
// on a Friday this year"), and an extension's new date ("won an extension to June 30"), which,
// like a postponement's, lies ahead of the act. Sentences written for these tests (issue 16,
// months and days without a year).

const valueOf = (text: string, published: string, words: string, nth = 0) => tagTimexes(text, published).filter((t) => t.text === words)[nth]?.value;
const values = (text: string, published: string) => tagTimexes(text, published).map((t) => [t.text, t.value]);

describe('tagTimexes: "since" of cause, and an extension\'s new date', () => {
  it('"since <holiday> falls" is a cause: the holiday of the year ahead, not the one before', () => {
    expect(valueOf('Toy makers cut their forecasts, since Christmas falls on a Friday this year.', '1987-06-02', 'Christmas')).toBe('1987-12-25');
    expect(valueOf('Retailers said spring orders were slow, since Easter comes late.', '1987-03-03', 'Easter')).toBe('1987-04-19');
  });

  it('"since <month> is" is a cause, dated by its own clause', () => {
    expect(valueOf('Traders stayed cautious, since November is when the cartel meets.', '1987-08-12', 'November')).toBe('1987-11');
  });

  it('an extension\'s new date lies ahead of the extension, told in the past', () => {
    expect(valueOf('The shipyard obtained an extension of its credit line to November 30.', '1987-05-14', 'November 30')).toBe('1987-11-30');
    expect(valueOf('Creditors agreed an extension of the waiver from April 1, 1987, to October 15 for the airline.', '1987-03-20', 'October 15')).toBe('1987-10-15');
  });
});

// More of this class, read on the 1987 wire splits (reuters/fresh6-fresh11). Sentences written for these tests.

describe('tagTimexes: a tally counted since a date', () => {
  it('"shelled 40 times since October 1985" measures from that month; a later bare month is the story\'s own', () => {
    expect(values('The port has been shelled 40 times since October 1985. In January it was hit again.', '1987-04-02')).toEqual([
      ['October 1985', '1985-10'],
      ['January', '1987-01'],
    ]);
  });
});
