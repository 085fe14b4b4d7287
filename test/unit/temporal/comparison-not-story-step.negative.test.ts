import { describe, expect, it } from 'vitest';
import { tagTimexes } from '../../../src/lib/temporal/index';

// What stays a step of the story: a date a narrative counts back ("Twelve months earlier") is
// one the story goes on from, and so is "the same day" of a narrative. Sentences written for
// these tests.
const values = (text: string, published: string) => tagTimexes(text, published).map((t) => [t.text, t.value]);

describe('tagTimexes: a narrative\'s counted dates are steps of the story', () => {
  it('"the following month" after "Twelve months earlier" counts from the month counted back', () => {
    const text = 'The plant closed in March 1989. Twelve months earlier it had lost its biggest client, and the following month its owner sold it.';
    expect(values(text, '1991-06-11').map((v) => v[1])).toEqual(['1989-03', '1988-03', '1988-04']);
  });

  it('"the next day" after "the same day" counts from the day named', () => {
    expect(values('Police arrested the driver on May 3. He was charged the same day and the next day he was freed on bail.', '1991-06-11').map((v) => v[1])).toEqual(['1991-05-03', '1991-05-03', '1991-05-04']);
  });
});
