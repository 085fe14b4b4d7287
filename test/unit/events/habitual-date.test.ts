// A date of one occasion stays, even beside a word of habit, when the verb tells one time: a past
// or a future. Sentences written for these tests; timexes handmade so the rule is tested alone.
import { describe, expect, it } from 'vitest';
import { buildEvents } from '../../../src/lib/events';
import { timexOf } from './helpers';

const PUBLISHED = '2024-05-15';
const datesOf = (text: string, words: string, value: string, type: 'DATE' | 'TIME' = 'DATE') =>
  buildEvents(text, [timexOf(text, words, value, type)], PUBLISHED).map((e) => e.when.text);

describe('a habit word beside a past or a future tells one time', () => {
  it.each([
    ['The ferry, which usually sails at dawn, left port on Friday.', 'on Friday', '2024-05-10'],
    ['The market normally shuts at noon but stayed open until 9 p.m. on Tuesday.', 'on Tuesday', '2024-05-14'],
    ['The festival will usually open in June, the organisers said.', 'in June', '2024-06'],
  ])('%j', (text, words, value) => {
    expect(datesOf(text, words, value)).toEqual([words]);
  });
});
