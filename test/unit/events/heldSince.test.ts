// A state held since a day is drawn as a band from that day to the day of writing. Sentences
// written for these tests; timexes handmade.
import { describe, expect, it } from 'vitest';
import { buildEvents } from '../../../src/lib/events';
import { timexOf } from './helpers';

const PUBLISHED = '2024-05-15';
const daysOf = (text: string, words: string, value: string) => buildEvents(text, [timexOf(text, words, value)], PUBLISHED).map((e) => [e.when.start, e.when.end, e.status]);

describe('a state held since a day runs to the day of writing', () => {
  it.each([
    ['The harbour master has run the port since 2019.', '2019', '2019', '2019-01-01'],
    ['The ferry hasn’t sailed since mid-March.', 'mid-March', '2024-03', '2024-03-01'],
  ])('%j', (text, words, value, start) => {
    expect(daysOf(text, words, value)).toEqual([[start, PUBLISHED, 'past']]);
  });
});

describe('a day named for what happened on it, or a plain past, keeps its own days', () => {
  it.each([
    ['The ferry has not sailed since March 3, when a storm tore its moorings loose.', 'March 3', '2024-03-03'],
    ['The harbour master took over the port in 2019.', '2019', '2019'],
  ])('%j', (text, words, value) => {
    const [[start, end]] = daysOf(text, words, value);
    expect(end).not.toBe(PUBLISHED);
    expect(start).toBe(value.length === 4 ? `${value}-01-01` : value);
  });
});
