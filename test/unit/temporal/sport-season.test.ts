import { describe, expect, it } from 'vitest';
import { tagTimexes } from '../../../src/lib/temporal/index';

// A sport's season named from publication is a date (TimeML: "last season" a DATE): "last season",
// "this season", "next season". Which sport's calendar, and so which
// months, the story rarely says, and a winter sport's season straddles two years: the value is the
// year counted from publication's, which overlaps the season whichever calendar it runs on
// (issue 13: the events stage missed "last season", "this season", "since the end of last season"
// because the tagger did not tag them). Sentences written for these tests; negative cases in
// sport-season.negative.test.ts.
const values = (text: string, published: string) => tagTimexes(text, published).map((t) => [t.text, t.type, t.value]);

describe('tagTimexes: a season named from publication', () => {
  it('"last season" is the year before publication\'s', () => {
    expect(values('The striker netted 19 times for the club last season.', '2011-02-14')).toEqual([['last season', 'DATE', '2010']]);
  });

  it('"this season" is publication\'s year', () => {
    expect(values('The goalkeeper has kept nine clean sheets this season.', '2011-02-14')).toEqual([['this season', 'DATE', '2011']]);
  });

  it('"next season" is the year after', () => {
    expect(values('The coach hopes to keep the squad together next season.', '2011-02-14')).toEqual([['next season', 'DATE', '2012']]);
  });

  it('"since the end of last season" tags the end of the season before', () => {
    expect(values('The pitcher has not thrown a ball since the end of last season.', '2011-02-14').map((v) => v.slice(0, 3))).toEqual([['the end of last season', 'DATE', '2010']]);
  });
});
