// What a count before a date leaves on the date: a stretch running up to it, a vague count, and a
// date that names the happening after it.
import { describe, expect, it } from 'vitest';
import { countBeforeDate } from '../../../src/lib/events/countBeforeDate';
import { timexOf } from './helpers';

const day = (d: string) => ({ start: d, end: d, granularity: 'day' as const });
const moved = (text: string, words: string, value: string) => countBeforeDate(text, timexOf(text, words, value), day(value));

describe('counts that do not move a date', () => {
  it('leaves a stretch told with an article ("in the two weeks before")', () => {
    expect(moved('Sales of wrapping paper doubled in the two weeks before Christmas, the chain said.', 'Christmas', '2023-12-25')).toBeNull();
  });
  it('leaves a vague count', () => {
    expect(moved('The roof was patched a few days before March 3 by volunteers.', 'March 3', '2024-03-03')).toBeNull();
  });
  it('leaves "long before"', () => {
    expect(moved('The plan was drawn up long before March 3, aides said.', 'March 3', '2024-03-03')).toBeNull();
  });
  it('leaves a date that names the happening after it ("the March 3 flood")', () => {
    expect(moved('Two days before the March 3 flood, engineers warned the council.', 'March 3', '2024-03-03')).toBeNull();
  });
  it('leaves a day named for what happened on it ("two days before May 3, when the dam broke")', () => {
    expect(moved('Engineers warned the council two days before May 3, when the dam broke.', 'May 3', '2024-05-03')).toBeNull();
  });
  it('leaves a date told with no count', () => {
    expect(moved('The council met on March 3 to vote on the budget.', 'March 3', '2024-03-03')).toBeNull();
  });
});
