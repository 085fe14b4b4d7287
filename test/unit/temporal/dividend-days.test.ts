import { describe, expect, it } from 'vitest';
import { tagTimexes } from '../../../src/lib/temporal/index';

// A dividend's payment and record days lie ahead of its declaration, whatever the tense of the
// declaring (issue 16: days without a year on the wrong side of publication). Sentences written
// for these tests; Thursday 1991-11-14.
const THU = '1991-11-14';
const values = (text: string, published = THU) => tagTimexes(text, published).map((t) => [t.text, t.value]);

describe('tagTimexes: the days of a declared dividend', () => {
  it('"declared a dividend payable Jan. 3 to holders of record Dec. 6" are the coming days', () => {
    expect(values('Directors declared a quarterly dividend of 12 cents, payable Jan. 3 to holders of record Dec. 6.')).toEqual([['Jan. 3', '1992-01-03'], ['Dec. 6', '1991-12-06']]);
  });

  it('"voted to pay the dividend Dec. 20 to shareholders of record Nov. 29" are this year\'s', () => {
    expect(values('The board voted to pay the special dividend Dec. 20 to shareholders of record Nov. 29.')).toEqual([['Dec. 20', '1991-12-20'], ['Nov. 29', '1991-11-29']]);
  });

  it('a record day a few weeks gone, reported late, stays this year\'s', () => {
    expect(values('The trust said holders of record Oct. 31 will receive the distribution.')).toEqual([['Oct. 31', '1991-10-31']]);
  });
});

// More of this class, read on the 1987 wire splits (reuters/fresh6-fresh11). Sentences written for these tests.

describe('tagTimexes: a bill\'s or a bond\'s maturity is a term still running', () => {
  it('"bought bills maturing between April 20 and July 20" in a past report lies on or after the deal', () => {
    expect(values('The central bank said it bought 150 mln stg of treasury bills maturing between April 20 and July 20.', '1987-04-02')).toEqual([
      ['April 20', '1987-04-20'],
      ['July 20', '1987-07-20'],
    ]);
  });

  it('"a repurchase pact maturing on June 4" struck in the past matures this year', () => {
    expect(values('The Fed arranged a 30-day repurchase pact maturing on June 4, dealers said.', '1987-05-05').at(-1)).toEqual(['June 4', '1987-06-04']);
  });
});
