// What "all day/week/month/year" must NOT date: a plan, a habit, a state, a period of another
// date, "all year round", "all day long". Sentences written for these tests; timexes handmade.
import { describe, expect, it } from 'vitest';
import { buildEvents } from '../../../src/lib/events';
import { timexOf } from './helpers';

const PUBLISHED = '2024-05-16';
const datedOf = (text: string, words: string, value: string) => buildEvents(text, [timexOf(text, words, value, 'DURATION')], PUBLISHED).filter((e) => e.when.start);

describe('a whole period that dates nothing', () => {
  it('leaves a plan alone: "so that the halls are booked all year"', () => {
    expect(datedOf('The aim is to hire a promoter so that the halls are booked and earning money all year.', 'all year', 'P1Y')).toEqual([]);
  });
  it('leaves a habit alone: "I was going to sleep all day"', () => {
    expect(datedOf('I was going to sleep all day after each night shift.', 'all day', 'P1D')).toEqual([]);
  });
  it('leaves a state alone: "It has been a worry all year"', () => {
    expect(datedOf('It has been a worry all year for the farmers.', 'all year', 'P1Y')).toEqual([]);
  });
  it('leaves "all year round" alone', () => {
    expect(datedOf('The lido stayed open all year round.', 'all year', 'P1Y')).toEqual([]);
  });
  it('leaves a period of another date alone: "In 2019 the crew trained all week"', () => {
    expect(datedOf('In 2019 the crew trained all week before the race.', 'all week', 'P1W')).toEqual([]);
  });
  it('leaves a future alone: "will work all week"', () => {
    expect(datedOf('The crews will work all week to clear the road.', 'all week', 'P1W')).toEqual([]);
  });
});
