import { describe, expect, it } from 'vitest';
import { tagTimexes } from '../../../src/lib/temporal/index';

// What figure-adjective.test.ts leaves tagged: "current"/"recent" before a state of affairs or a
// crisis ("the current crisis", "the recent downturn"), before losses and moves told as what has
// been happening, and before a time's own noun ("recent weeks"). Sentences written for these tests.
const texts = (text: string) => tagTimexes(text, '1991-07-02').map((t) => t.text);

describe('tagTimexes: "current"/"recent" before a state of affairs or a time', () => {
  it('"the current crisis" and "the recent downturn" tag the adjective', () => {
    expect(texts('Ministers met over the current crisis, which followed the recent downturn.')).toEqual(['current', 'recent']);
  });

  it('"recent losses" and "recent weeks" are tagged', () => {
    expect(texts('Traders blamed recent losses on rumours heard in recent weeks.')).toEqual(['recent', 'recent weeks']);
  });
});
