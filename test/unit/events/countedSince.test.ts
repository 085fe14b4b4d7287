// What a "since" keeps: the day named for what happened on it, a state held since a day (told
// in passing, background.ts), and a date that belongs to the noun after it.
import { describe, expect, it } from 'vitest';
import { buildEvents } from '../../../src/lib/events';
import { timexOf } from './helpers';

const PUBLISHED = '2024-05-15';
const datesOf = (text: string, words: string, value: string) => buildEvents(text, [timexOf(text, words, value)], PUBLISHED).map((e) => e.when.start);

describe('a day that "since" names for what happened on it keeps its event', () => {
  it.each([
    ['The airline has lost 30 percent of its value since March 4, when its chief executive resigned.', 'March 4', '2024-03-04'],
    ['Two hundred families have left the valley since April 2, the day the dam burst.', 'April 2', '2024-04-02'],
  ])('%j', (text, words, value) => {
    expect(datesOf(text, words, value)).toEqual([value]);
  });
});

describe('a state held since a day, with no figure counted, keeps its event', () => {
  it.each([
    ['The two unions have been at odds since 2011.', '2011', '2011', '2011-01-01'],
    ['The coach has run the academy since January.', 'January', '2024-01', '2024-01-01'],
  ])('%j', (text, words, value, day) => {
    expect(datesOf(text, words, value)).toEqual([day]);
  });
});

describe('a count told in the past tense with no "since" keeps its event', () => {
  it('keeps "The clinic saw 40 patients on Monday"', () => {
    expect(datesOf('The clinic saw 40 patients on Monday.', 'Monday', '2024-05-13')).toEqual(['2024-05-13']);
  });
});

describe('"since" that opens a clause of its own dates what happened in it', () => {
  it('keeps "since the recess began in April": the recess began then', () => {
    expect(datesOf('The senator has attended about one hearing a week since the recess began in April.', 'April', '2024-04')).toEqual(['2024-04-01']);
  });
});
