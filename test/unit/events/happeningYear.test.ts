// A year before a noun naming a happening done once dates it: a deposition, a council
// resolution, an inaugural address, a wildfire, repairs; and a study told by what it found.
// Sentences written for these tests; timexes handmade.
import { describe, expect, it } from 'vitest';
import { buildEvents } from '../../../src/lib/events';
import { timexOf } from './helpers';

const PUBLISHED = '2024-05-15';
const daysOf = (text: string, words: string, value: string) =>
  buildEvents(text, [timexOf(text, words, value)], PUBLISHED).filter((e) => e.when.start).map((e) => [e.when.start, e.when.end]);

describe('a year before a happening done once', () => {
  it('dates what a witness did in a deposition of that year', () => {
    expect(daysOf('In a 2019 deposition in the harbour dispute, the pilot twice refused to answer.', '2019', '2019')).toEqual([['2019-01-01', '2019-12-31']]);
  });
  it('dates a council resolution of that year', () => {
    expect(daysOf('The fee was first set by a 2003 city council resolution capping berth rents.', '2003', '2003')).toEqual([['2003-01-01', '2003-12-31']]);
  });
  it('dates an inaugural address', () => {
    expect(daysOf('The mayor quoted a line from her 1998 inaugural address about open harbours.', '1998', '1998')).toEqual([['1998-01-01', '1998-12-31']]);
  });
  it('dates a wildfire named in a headline without an article', () => {
    expect(daysOf('Ski lodge reopens after destructive 2021 wildfire', '2021', '2021')).toEqual([['2021-01-01', '2021-12-31']]);
  });
});

describe('a year before a study told by what it found', () => {
  it('dates a study that opens its sentence and found something', () => {
    expect(daysOf('A 2011 study published in a fisheries journal found that half the trout had moved upstream.', '2011', '2011')).toEqual([['2011-01-01', '2011-12-31']]);
  });
  it('dates an analysis a figure is told by', () => {
    expect(daysOf('Closing the mill would cost the valley 400 jobs, according to a 2009 analysis by the regional board.', '2009', '2009')).toEqual([['2009-01-01', '2009-12-31']]);
  });
});
