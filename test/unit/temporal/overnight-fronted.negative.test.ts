import { describe, expect, it } from 'vitest';
import { tagTimexes } from '../../../src/lib/temporal/index';

// A fronted "Overnight" before a noun it qualifies is an adjective: "Overnight rates", "Overnight
// trading". Sentences written for these tests; published 2016-02-03.
const texts = (text: string) => tagTimexes(text, '2016-02-03').map((t) => t.text);

describe('tagTimexes: a fronted "Overnight" without a comma, negative cases', () => {
  it('"Overnight lending rates eased" is not tagged', () => {
    expect(texts('Overnight lending rates eased to 4.1%.')).toEqual([]);
  });

  it('"Overnight trading was thin" is not tagged', () => {
    expect(texts('Bonds were flat. Overnight trading was thin.')).toEqual([]);
  });
});
