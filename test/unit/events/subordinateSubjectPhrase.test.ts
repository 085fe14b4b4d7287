// A subordinate clause's subject may hold a noun's own phrase ("since a wave of bombings began
// last year"): the clause is still labelled, not the state it measures (subordinate.ts).
import { describe, expect, it } from 'vitest';
import { buildEvents } from '../../../src/lib/events';
import { timexOf } from './helpers';

const labelsOf = (text: string, words: string, value: string) => buildEvents(text, [timexOf(text, words, value)], '2024-05-15').map((e) => e.label);

describe('a subject with a phrase of its own in a "since" or "when" clause', () => {
  it.each([
    ['The blast was the worst in the port city since a string of arson attacks began last year.', 'last year', '2023', 'A string of arson attacks began'],
    ['Rents fell when a group of landlords cut prices in March.', 'March', '2024-03', 'A group of landlords cut prices'],
  ])('%j', (text, words, value, label) => {
    expect(labelsOf(text, words, value)).toEqual([label]);
  });
});
