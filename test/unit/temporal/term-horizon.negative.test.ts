import { describe, expect, it } from 'vitest';
import { tagTimexes } from '../../../src/lib/temporal/index';

// "the long term of the loan" is the loan's length, no horizon. Sentences written for these
// tests; published 2016-02-03.
const texts = (text: string) => tagTimexes(text, '2016-02-03').map((t) => t.text);

describe('tagTimexes: the horizon of a plan, negative cases', () => {
  it('"the longer term of the lease" is not tagged', () => {
    expect(texts('The tenants chose the longer term of the lease.')).toEqual([]);
  });
});
