// Issue 13: a year or a season said to be something ("Last year was a difficult year for
// growers", "This season is a write-off") is characterised, not dated; so is a year forecast to be
// something after a verb of belief with its "that" left out. Sentences written for these tests.
import { describe, expect, it } from 'vitest';
import { buildEvents } from '../../../src/lib/events';
import { timexOf } from './helpers';

const PUBLISHED = '2022-02-10';
const datesOf = (text: string, timexes: [string, string][]) => buildEvents(text, timexes.map(([words, value]) => timexOf(text, words, value, 'DATE')), PUBLISHED).map((e) => e.when.text);

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
