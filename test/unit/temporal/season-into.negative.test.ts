import { describe, expect, it } from 'vitest';
import { tagTimexes } from '../../../src/lib/temporal/index';

// "an inquiry into the fall in prices" is a drop, no season. Sentences written for these tests;
// published 2016-06-03.
const texts = (text: string) => tagTimexes(text, '2016-06-03').map((t) => t.text);

describe('tagTimexes: "fall" after "into" or "through", negative cases', () => {
  it('"an inquiry into the fall in rents" is not tagged', () => {
    expect(texts('Ministers opened an inquiry into the fall in rents.')).toEqual([]);
  });
});
