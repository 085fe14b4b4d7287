import { describe, expect, it } from 'vitest';
import { tagTimexes } from '../../../src/lib/temporal/index';

// What a forecast dated by its month (forecast-made-in-month.test.ts) must leave alone: a
// forecast told in the passive, whose month is what is awaited. Sentences written for these tests.
const values = (text: string, published: string) => tagTimexes(text, published).map((t) => [t.text, t.value]);

describe('tagTimexes: a month that is what is forecast', () => {
  it('"a rebound is predicted in June" in April is this June', () => {
    expect(values('A rebound is predicted in June, the chain said.', '1994-04-12')).toEqual([['June', '1994-06']]);
  });
});
