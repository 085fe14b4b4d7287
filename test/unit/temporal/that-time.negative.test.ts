import { describe, expect, it } from 'vitest';
import { tagTimexes } from '../../../src/lib/temporal/index';

// What 'that time' must not become (issue 16).
const PUB = '2023-08-21';
const texts = (text: string) => tagTimexes(text, PUB).map((t) => t.text);

describe("tagTimexes: 'that time' with nothing to take back", () => {
  it('with no date named before it, it is no date', () => {
    expect(texts('Nobody had spoken to the keeper by that time.')).toEqual([]);
  });

  it("'at that time' takes back an event as often as a date and is left alone", () => {
    expect(texts('The lighthouse was automated in 1987. At that time, the keeper left.')).toEqual(['1987']);
  });
});
