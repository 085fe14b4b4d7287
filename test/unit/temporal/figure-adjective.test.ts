import { describe, expect, it } from 'vitest';
import { tagTimexes } from '../../../src/lib/temporal/index';

// "current" and "recent" before a figure's level or its change ("the current rate", "the recent
// strength of the pound", "recent declines in copper", "in recent sessions") describe the figure,
// not a time: the TimeML news collections tag none of them, and issue 16 counts "current"/"recent"
// as plain adjectives among the held-out spurious. Sentences written for these tests; negative
// cases (what is still a time) in figure-adjective.negative.test.ts.
const texts = (text: string) => tagTimexes(text, '1991-07-02').map((t) => t.text);

describe('tagTimexes: "current"/"recent" before a figure are not tagged', () => {
  it('"the current rate" and "the recent strength" are not tagged', () => {
    expect(texts('Savers earn the current rate of 6 pct, and the recent strength of the pound has helped importers.')).toEqual([]);
  });

  it('"recent declines", "current conditions" and "recent sessions" are not tagged', () => {
    expect(texts('Brokers blamed recent declines in copper on current conditions in Chile, which traders had watched in recent sessions.')).toEqual([]);
  });
});
