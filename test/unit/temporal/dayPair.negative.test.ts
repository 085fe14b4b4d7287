import { describe, expect, it } from 'vitest';
import { tagTimexes } from '../../../src/lib/temporal/index';

// Slash dates that are no pair of days. Sentences written for these tests.
const values = (text: string, published: string) => tagTimexes(text, published).map((t) => [t.text, t.value]);

describe('tagTimexes: a slash that joins no two days in a row', () => {
  it('leaves "June 5/21" to the reading as a day and a year', () => {
    expect(values('The notes fall due on June 5/21 under the old terms.', '2020-05-10')).toEqual([['June 5/21', '2021-06-05']]);
  });
});
