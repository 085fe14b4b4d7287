import { describe, expect, it } from 'vitest';
import { tagTimexes } from '../../../src/lib/temporal/index';

// What a date opening a reported clause (reported-clause-opened-by-date.test.ts) must leave
// alone: a reported clause told in the past keeps its past. Sentences written for these tests.
const values = (text: string, published: string) => tagTimexes(text, published).map((t) => [t.text, t.value]);

describe('tagTimexes: a date opening a reported clause in the past', () => {
  it('"said that in late June its Harbor Inn and Marina closed" in February is last June', () => {
    expect(values('The chain said that in late June its Harbor Inn and Marina closed for repairs.', '1990-02-14')).toEqual([
      ['late June', '1989-06'],
    ]);
  });
});
