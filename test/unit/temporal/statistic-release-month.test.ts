import { describe, expect, it } from 'vitest';
import { tagTimexes } from '../../../src/lib/temporal/index';

// A month named as the period of a statistic, with the words of what it measures between month
// and noun ("the January retail credit figures", "U.S. March trade data"), is the month the
// figures cover: a month's statistics are released one to three months after it ends, so a
// release still to come names a month already over, not the month a year ahead that the future
// tense of the release would give. And an accord its parties own ("their March accord") has been
// reached, whatever verb governs it (issue 16, months without a year). Sentences written for
// these tests; negative cases in statistic-release-month.negative.test.ts.
const valueOf = (text: string, published: string, words: string) => tagTimexes(text, published).find((t) => t.text === words)?.value;

describe('tagTimexes: a statistic named by its month, released later', () => {
  it('"January retail credit figures will be released Thursday" in March is the January just gone', () => {
    expect(valueOf('January retail credit figures will be released Thursday, and dealers expect little change.', '1991-03-04', 'January')).toBe('1991-01');
  });

  it('"the Canadian April trade data" that traders expect to move rates in June is April of this year', () => {
    expect(valueOf('Traders expect the Canadian April trade data to move rates.', '1991-06-10', 'April')).toBe('1991-04');
  });

  it('"the August wholesale price number to be published tomorrow" in September is August', () => {
    expect(valueOf('Bond desks will watch the August wholesale price number to be published tomorrow.', '1991-09-16', 'August')).toBe('1991-08');
  });

  it('a month three months back still counts: "the December factory order statistics will be revised" in March', () => {
    expect(valueOf('The December factory order statistics will be revised next week.', '1991-03-12', 'December')).toBe('1990-12');
  });
});

describe('tagTimexes: an accord its parties own', () => {
  it('"will reconsider their November accord" in February is the November gone', () => {
    expect(valueOf('The oil ministers will reconsider their November accord on output when they gather in Vienna.', '1991-02-20', 'November')).toBe('1990-11');
  });

  it('"its October 3 pact" that the union "will put to a vote" is the day gone', () => {
    expect(valueOf('The union will put its October 3 wage pact to a vote of members.', '1991-11-01', 'October 3')).toBe('1991-10-03');
  });
});
