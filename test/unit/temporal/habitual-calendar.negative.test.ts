import { describe, expect, it } from 'vitest';
import { tagTimexes } from '../../../src/lib/temporal/index';

// The calendar's month told once, in the past or ahead, is that year's. Sentences written for
// these tests; published 2014-09-30.
const all = (text: string) => tagTimexes(text, '2014-09-30').map((t) => [t.text, t.value]);

describe('tagTimexes: a calendar told as a habit, negative cases', () => {
  it('"the harvest began in August" is this August', () => {
    expect(all('The grape harvest began in August.')).toEqual([['August', '2014-08']]);
  });
});
