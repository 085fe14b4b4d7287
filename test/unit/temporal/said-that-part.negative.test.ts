import { describe, expect, it } from 'vitest';
import { tagTimexes } from '../../../src/lib/temporal/index';

// After a verb of saying, "that" before a noun's plural and its verb is the conjunction, not a
// part of the story's day (anaphoricDay.ts). Sentences written for these tests; Tuesday 2025-02-11.
const TUE = '2025-02-11';
const texts = (s: string) => tagTimexes(s, TUE).map((t) => t.text);

describe('tagTimexes: "says that night ..." is no night', () => {
  it('"the council says that evening classes will move online" holds no evening', () => {
    expect(texts('The council says that evening classes will move online.')).toEqual([]);
  });
  it('"the operator announced that night trains would stop" holds no night', () => {
    expect(texts('The operator announced that night trains would stop.')).toEqual([]);
  });
});

describe('tagTimexes: the story\'s night stays', () => {
  it('"The fire started on Monday. That night crews were still on the roof." keeps "That night"', () => {
    expect(texts('The fire started on Monday. That night crews were still on the roof.')).toEqual(['Monday', 'That night']);
  });
});
