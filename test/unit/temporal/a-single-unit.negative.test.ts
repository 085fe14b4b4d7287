import { describe, expect, it } from 'vitest';
import { tagTimexes } from '../../../src/lib/temporal/index';

// "a single-day record" keeps its adjective as it was ("single-day"), and "a single quarter of the
// shares" is a share. Sentences written for these tests; published 2016-02-03.
const texts = (text: string) => tagTimexes(text, '2016-02-03').map((t) => t.text);

describe('tagTimexes: "a single" unit, negative cases', () => {
  it('"a single-day record" does not take the article', () => {
    expect(texts('The museum set a single-day record.')).toEqual(['single-day']);
  });
});
