// Issue 13: a year or a season said to be something ("Last year was a difficult year for
// growers", "This season is a write-off") is characterised, not dated; so is a year forecast to be
// something after a verb of belief with its "that" left out. Sentences written for these tests.
import { describe, expect, it } from 'vitest';
import { dateWordsWith } from './helpers';

const PUBLISHED = '2022-02-10';
const datesOf = dateWordsWith(PUBLISHED);

describe('a year or a season characterised is no event', () => {
  it.each([
    ['"Last year was a ..."', '"Last year was a difficult year for growers," the chairman said.', 'Last year', '2021'],
    ['"This season is a ..."', 'This season is a write-off for the club, its owner admitted.', 'This season', '2022'],
    ['a year forecast after "we believe"', 'We believe 2023 will be the year the market turns.', '2023', '2023'],
    ['a year forecast after "analysts expect"', 'Analysts expect 2023 will be a lean year for miners.', '2023', '2023'],
  ])('%s', (_name, text, words, value) => {
    expect(datesOf(text, [[words, value]])).toEqual([]);
  });
});

describe('a week, a month or a quarter judged is no event', () => {
  it.each([
    ['a week judged by a word of judgment', 'This week was different for the young goalkeeper.', 'This week', '2022-W06'],
    ['a year judged by "one of"', 'Last year was one of the wettest in the valley’s records.', 'Last year', '2021'],
    ['a quarter judged after "because"', 'Margins held up, partly because the third quarter of 2021 was unusually busy.', 'the third quarter of 2021', '2021-Q3'],
    ['a month judged with a degree word', 'This month is fairly important for the ferry operator.', 'This month', '2022-02'],
  ])('%s', (_name, text, words, value) => {
    expect(datesOf(text, [[words, value]])).toEqual([]);
  });
});
