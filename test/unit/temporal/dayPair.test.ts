import { describe, expect, it } from 'vitest';
import { tagTimexes } from '../../../src/lib/temporal/index';

// Two days of one month joined by a slash are a night or a weekend across midnight, not a day
// and a two-digit year. Sentences written for these tests.
const values = (text: string, published: string) => tagTimexes(text, published).map((t) => [t.text, t.value]);

describe('tagTimexes: a pair of days', () => {
  it('reads "on the night of April 6/7" as the night of April 6 of the story\'s year', () => {
    expect(values('Looters broke into the depot on the night of April 20/21, police said.', '2024-05-10')).toEqual([['the night of April 20/21', '2024-04-20TNI']]);
  });
  it('takes a year written after the pair as the pair\'s', () => {
    expect(values('Oct. 20/21, 2019 - A storm floods the harbour district.', '2024-05-10')).toEqual([['Oct. 20/21, 2019', '2019-10-20']]);
  });
});
