// What stays ahead: a future, a plan told in the past, a weekday, a date with "next", a date
// already behind the day of writing.
import { describe, expect, it } from 'vitest';
import { pastAhead } from '../../../src/lib/events/pastAhead';
import type { TimexRange } from '../../../src/lib/temporal/range';
import { timexOf } from './helpers';

const APRIL = '2024-04-10';
const november: TimexRange = { start: '2024-11-01', end: '2024-11-30', granularity: 'month' };
const moved = (text: string, words = 'November', range: TimexRange = november) => pastAhead(text, timexOf(text, words, range.start.slice(0, 7)), range, APRIL);

describe('a date that stays where the tagger put it', () => {
  it('keeps a future', () => {
    expect(moved('In November, the bakery will lose its last wholesale contract.')).toBeNull();
  });
  it('keeps a plan told in the past ("voted to strike in November")', () => {
    expect(moved('The drivers voted to strike in November.')).toBeNull();
  });
  it('keeps a date set in the past ("was set for November")', () => {
    expect(moved('The hearing was set for November.')).toBeNull();
  });
  it('keeps a deadline asked for in the past ("asked for a reply no later than November 4")', () => {
    const day = { start: '2024-11-04', end: '2024-11-04', granularity: 'day' as const };
    expect(moved('The auditors asked for a reply no later than November 4.', 'November 4', day)).toBeNull();
  });
  it('keeps a date that names a happening after it ("met on Saturday for the November 5 election")', () => {
    const day = { start: '2024-11-05', end: '2024-11-05', granularity: 'day' as const };
    expect(moved('The party leaders met on Saturday for the November 5 election.', 'November 5', day)).toBeNull();
  });
  it('keeps a day something was set for ("was invited for November 4")', () => {
    const day: TimexRange = { start: '2024-11-04', end: '2024-11-04', granularity: 'day' };
    expect(moved('The former coach was invited for November 4.', 'November 4', day)).toBeNull();
  });
  it('keeps a bound ("cancelled its flights through 5 November")', () => {
    const day: TimexRange = { start: '2024-11-05', end: '2024-11-05', granularity: 'day' };
    expect(moved('The airline cancelled its flights through 5 November.', '5 November', day)).toBeNull();
  });
  it('keeps a date of a gerund ("decided against singing on November 4")', () => {
    const day: TimexRange = { start: '2024-11-04', end: '2024-11-04', granularity: 'day' };
    expect(moved('The tenor decided against singing on November 4 after the row.', 'November 4', day)).toBeNull();
  });
  it('keeps a past told of a day just after the page\'s (a story updated after its stamp)', () => {
    const day: TimexRange = { start: '2024-04-12', end: '2024-04-12', granularity: 'day' };
    expect(moved('On April 12, I got a reply from the council.', 'April 12', day)).toBeNull();
  });
  it('keeps "next November"', () => {
    expect(moved('The bakery lost the contract it held until next November.', 'next November')).toBeNull();
  });
  it('keeps a weekday', () => {
    const friday = { start: '2024-04-12', end: '2024-04-12', granularity: 'day' as const };
    expect(moved('The bakery closed Friday.', 'Friday', friday)).toBeNull();
  });
  it('keeps a date already behind the day of writing', () => {
    const march = { start: '2024-03-01', end: '2024-03-31', granularity: 'month' as const };
    expect(moved('In March, the bakery lost its contract.', 'March', march)).toBeNull();
  });
});
