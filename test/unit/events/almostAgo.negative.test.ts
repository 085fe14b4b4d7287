// What "nearly/almost" does NOT move: a count with no such word, a count past its number ("more
// than"), and months. Sentences written for these tests.
import { describe, expect, it } from 'vitest';
import { buildEvents } from '../../../src/lib/events';
import { timexOf } from './helpers';

const PUBLISHED = '2024-05-15';
const daysOf = (text: string, words: string, value: string) =>
  buildEvents(text, [timexOf(text, words, value)], PUBLISHED).filter((e) => e.when.text === words).map((e) => [e.when.start, e.when.end]);

describe('counts back that keep the tagger\'s date', () => {
  it('keeps a plain count, "40 years ago"', () => {
    expect(daysOf('The cooperative bought the mill 40 years ago.', '40 years ago', '1984')).toEqual([['1984-01-01', '1984-12-31']]);
  });
  it('keeps a count past its number, "more than 40 years ago"', () => {
    expect(daysOf('The cooperative bought the mill more than 40 years ago.', 'more than 40 years ago', '1984')).toEqual([['1984-01-01', '1984-12-31']]);
  });
  it('keeps a count of months, "nearly two months ago"', () => {
    expect(daysOf('The quarry flooded nearly two months ago.', 'nearly two months ago', '2024-03')).toEqual([['2024-03-01', '2024-03-31']]);
  });
});
