import { describe, expect, it } from 'vitest';
import { tagTimexes } from '../../../src/lib/temporal/index';

// A season with "a" that is no season just gone: a kind of season, a state. Sentences written
// for these tests.
const texts = (text: string) => tagTimexes(text, '2024-09-10').map((t) => t.text);

describe('tagTimexes: "a SEASON" that is no season just gone', () => {
  it('"after a mild winter" with no "of" is not tagged', () => {
    expect(texts('After a mild winter, the farmers planted early.')).toEqual([]);
  });
  it('"a summer of discontent" with no "after" is not tagged', () => {
    expect(texts('Union leaders promised a summer of discontent.')).toEqual([]);
  });
});
