import { describe, expect, it } from 'vitest';
import { tagTimexes } from '../../../src/lib/temporal/index';

// "a number of times" counts occasions, no length of time. Sentences written for these tests.
const texts = (text: string) => tagTimexes(text, '2016-02-03').map((t) => t.text);

describe('tagTimexes: "a number of" units, negative cases', () => {
  it('"a number of times" is not tagged', () => {
    expect(texts('The board met a number of times without reaching a decision.')).toEqual([]);
  });
});
