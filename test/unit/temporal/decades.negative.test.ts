import { describe, expect, it } from 'vitest';
import { tagTimexes } from '../../../src/lib/temporal/index';
import { tagged } from './helpers';

// What the decade and century rules of decades.test.ts must not tag or move (issue 16): a
// two-digit "70s" after a possessive is an age and near a temperature word a temperature; a
// spelled ordinal below the tenth century counts a story's own centuries; "the last century"
// and "over the past century" measure a span; "the turn of the century" is left alone; a half
// of a year or month stays a half-year; "early in the year" keeps the story's reported year.
const THU = '2015-03-05';

describe('tagTimexes: decade and century words that name no decade here', () => {
  it.each([
    ["an age after 'his'", 'The ferryman, in his late 70s, still rows the crossing.', '70s'],
    ["an age after 'their', hyphenated", 'Most of the climbers were in their mid-30s.', '30s'],
    ["an age after 'her', bare", 'The founder, now in her 60s, has no plans to retire.', '60s'],
    ['a temperature after highs', 'Highs will reach the mid-80s by the weekend.', '80s'],
    ['a temperature after temperatures', 'Temperatures sank into the 40s overnight.', '40s'],
    ["a profile's age field", 'Name: withheld. Age: late 40s. Occupation: welder.', '40s'],
    ['a band of readings, low to mid', 'Readings will settle in the low to mid-20s before dawn.', '20s'],
    ['a band of ages, high to late', 'Most of the recruits were in the high to late teens or the low to mid-30s.', '30s'],
    ["a count of a story's centuries", 'The abbey is in the second century of its restoration.', 'century'],
    ["'the turn of the century'", 'The pier was built around the turn of the century.', 'century'],
  ])('%s is not tagged as a date', (_name, sentence, word) => {
    expect(tagTimexes(sentence, THU).filter((t) => t.type === 'DATE' && t.text.includes(word))).toEqual([]);
  });

  it("'ran high in the 70s' is still a decade: 'high' alone is no temperature", () => {
    expect(tagged('Inflation ran high in the 70s, economists recall.', THU, 'the 70s')).toEqual({ text: 'the 70s', type: 'DATE', value: '197' });
  });

  it("'the past century' is a span of a hundred years, not a date", () => {
    expect(tagged('Glaciers have retreated over the past century.', THU, 'the past century')).toEqual({ text: 'the past century', type: 'DURATION', value: 'P100Y' });
  });

  it("'the last century' after a perfect is a span, not the century before", () => {
    expect(tagged('The coast has lost a mile of beach over the last century.', THU, 'the last century')).toEqual({ text: 'the last century', type: 'DURATION', value: 'P100Y' });
  });

  it("'the first half of the year' stays a half-year", () => {
    expect(tagged('Profits rose in the first half of the year.', THU, 'the first half of the year')).toEqual({ text: 'the first half of the year', type: 'DATE', value: '2015-H1' });
  });

  it("'the second half of May' gets no decade mark", () => {
    expect(tagTimexes('Deliveries slowed in the second half of May.', THU).some((t) => t.mod === 'END')).toBe(false);
  });

  it("'early in the year' is the year without a start mark", () => {
    expect(tagged('Early in the year, the shop cut prices.', THU, 'the year')).toEqual({ text: 'the year', type: 'DATE', value: '2015' });
  });
});
