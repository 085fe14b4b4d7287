// A date without a year in a simple-present clause of habit is the date of every year, day or
// month: no event. Sentences written for these tests; timexes handmade so the rule is tested alone.
import { describe, expect, it } from 'vitest';
import { buildEvents } from '../../../src/lib/events';
import { timexOf } from './helpers';

const PUBLISHED = '2024-05-15';
const datesOf = (text: string, words: string, value: string, type: 'DATE' | 'TIME' = 'DATE') =>
  buildEvents(text, [timexOf(text, words, value, type)], PUBLISHED).map((e) => e.when.text);

describe('a date of what usually happens is no event', () => {
  it.each([
    ['Aid groups stocked tents ahead of the monsoon, which typically arrives in June.', 'in June', '2024-06', 'DATE'],
    ['The night market usually closes at 11 p.m., stallholders said.', '11 p.m.', '2024-05-15T23:00', 'TIME'],
    ['Rent is normally due at the end of the month, the tenants union said.', 'the end of the month', '2024-05', 'DATE'],
  ] as const)('%j', (text, words, value, type) => {
    expect(datesOf(text, words, value, type)).toEqual([]);
  });
});
