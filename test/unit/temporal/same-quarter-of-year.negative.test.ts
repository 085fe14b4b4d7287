import { describe, expect, it } from 'vitest';
import { tagTimexes } from '../../../src/lib/temporal/index';

// What same-quarter-of-year.test.ts does not join: a figure after the compared quarter that is no
// year of it ("the same quarter, 1,990 units"). Sentences written for these tests.
const texts = (text: string, published: string) => tagTimexes(text, published).map((t) => t.text);

describe('tagTimexes: a quarter not followed by its year', () => {
  it('"the same quarter, 1,990 units" keeps the figure out', () => {
    expect(texts('Deliveries in the fourth quarter beat the same quarter, 1,990 units against 1,700.', '1992-02-20')).toEqual(['the fourth quarter', 'the same quarter']);
  });
});
