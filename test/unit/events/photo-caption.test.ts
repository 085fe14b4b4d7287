// A wire photo caption kept in the body: the plain present, the place, then the full date with
// its year and no "on". Sentences written for these tests; timexes handmade.
import { describe, expect, it } from 'vitest';
import { dateWordsWith } from './helpers';

const PUBLISHED = '2019-05-14';
const datesOf = dateWordsWith(PUBLISHED);

describe('a photo caption closing on its place and date dates no event', () => {
  it('drops a caption whose scene is told in the plain present', () => {
    const text = 'Protesters march past the parliament in Valletta, Malta May 9, 2019.';
    expect(datesOf(text, [['May 9, 2019', '2019-05-09']])).toEqual([]);
  });
  it('drops a caption in the passive present, with a relative clause in the past', () => {
    const text = 'A ferry that ran aground last winter is seen off the coast of Brindisi April 30, 2019.';
    expect(datesOf(text, [['April 30, 2019', '2019-04-30']])).toEqual([]);
  });
  it('drops a caption that gives the weekday before the date', () => {
    const text = 'Pensioners march to the ministry in Lisbon, Tuesday, May 7, 2019.';
    expect(datesOf(text, [['May 7, 2019', '2019-05-07']])).toEqual([]);
  });
});

describe('a line labelled as a caption dates no event', () => {
  it('drops the day in a "Photo:" line', () => {
    const text = 'The food bank served a record 900 families on Friday.\nPhoto: Volunteers sort donated tins Tuesday at the warehouse on Pier 3.';
    expect(datesOf(text, [['Friday', '2019-05-10'], ['Tuesday', '2019-05-14']])).toEqual(['Friday']);
  });
  it('drops the day in a "Pictured:" line told in the past', () => {
    const text = 'Pictured: The mayor cut the ribbon at the new depot on May 2.\nThe depot will house 40 buses.';
    expect(datesOf(text, [['May 2', '2019-05-02']]).filter((d) => d !== null)).toEqual([]);
  });
});
