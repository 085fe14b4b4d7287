// What the rule on "the next week" told as past must leave: a future verb, and "next week"
// counted from the day of writing. Sentences written for these tests; timexes handmade.
import { describe, expect, it } from 'vitest';
import { buildEvents } from '../../../src/lib/events';
import { timexOf } from './helpers';

const PUBLISHED = '2024-05-15';

describe('a date ahead that is no moment counted on in a past story', () => {
  it('keeps "the following week" with a future verb', () => {
    const text = 'The following week, the council will vote on the budget.';
    expect(buildEvents(text, [timexOf(text, 'The following week', '2024-W21')], PUBLISHED).map((e) => e.status)).toEqual(['projected']);
  });
  it('keeps "next week" without its article, counted from the day of writing', () => {
    const text = 'The minister said next week the talks would resume in Oslo.';
    expect(buildEvents(text, [timexOf(text, 'next week', '2024-W21')], PUBLISHED).map((e) => e.when.start)).toEqual(['2024-05-20']);
  });
  it('keeps "the next year" that is the subject of a future reported after a past verb', () => {
    const text = 'The premier said the next year would bring new hospitals.';
    expect(buildEvents(text, [timexOf(text, 'the next year', '2025')], PUBLISHED).map((e) => e.status)).toEqual(['projected']);
  });
  it('keeps "the next few weeks", a stretch counted from the day of writing', () => {
    const text = 'Officials warned that the river could get whole towns flooded in the next few weeks.';
    expect(buildEvents(text, [timexOf(text, 'the next few weeks', '2024-05-16')], PUBLISHED).length).toBe(1);
  });
  it('keeps "over the next month" after a past verb of saying', () => {
    const text = 'The fear over the next month, she said, is that the dam gives way.';
    expect(buildEvents(text, [timexOf(text, 'the next month', '2024-06')], PUBLISHED).map((e) => e.when.start)).toEqual(['2024-06-01']);
  });
});
