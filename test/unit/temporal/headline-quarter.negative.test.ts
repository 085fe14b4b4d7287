import { describe, expect, it } from 'vitest';
import { tagTimexes } from '../../../src/lib/temporal/index';

// What the lead's quarter does not give its headline. Stories written for these tests.
const pairs = (text: string, published: string) => tagTimexes(text, published).map((t) => [t.text, t.value]);

describe('tagTimexes: a headline quarter, negative cases', () => {
  it('the quarter the lead only compares with, after its own bare one, is not the headline\'s', () => {
    const story = 'STEEL OUTPUT ROSE IN FOURTH QUARTER\n\nPITTSBURGH, Feb 20 - Steel output rose 3 pct in the fourth quarter, up from a 1 pct gain in the fourth quarter of 1986, the institute said.';
    expect(pairs(story, '1988-02-20')).toContainEqual(['FOURTH QUARTER', '1987-Q4']);
  });

  it('a headline quarter written with its year keeps it', () => {
    const story = 'ACME 1987 FOURTH QUARTER NET RISES\n\nDENVER, Feb 11 - Acme Corp said net rose in the fourth quarter of 1986 and 1987 alike.';
    expect(pairs(story, '1988-02-11')).toContainEqual(['1987 FOURTH QUARTER', '1987-Q4']);
  });

  it('a results table\'s note on last year\'s quarter, after the lead paragraph, is not the headline\'s', () => {
    const story = 'ACME TOOL CORP 4TH QTR NET\n\nTULSA, March 6 - Shr profit 12 cts vs loss 40 cts\nNet profit 1.2 mln vs loss 3.9 mln\nNOTE: 1986 4th qtr net included a writedown of plant.';
    expect(pairs(story, '1988-03-06')).toContainEqual(['4TH QTR', '1987-Q4']);
  });

  it('a headline quarter given its own end day is read from that day', () => {
    const story = 'ACME TOOL CORP 2ND QTR ENDED FEB 29\n\nTULSA, April 1 - Shr two cts vs 29 cts\nNOTE: 1987 2nd qtr ended March one.';
    expect(pairs(story, '1988-04-01')).toContainEqual(['2ND QTR', '1988-Q2']);
  });
});
