import { describe, expect, it } from 'vitest';
import { tagTimexes } from '../../../src/lib/temporal/index';

// A chronology's entries, a month's day opening its line before a dash or a colon, are told in
// the historical present and have happened. Sentences written for these tests.
const values = (text: string, published: string) => tagTimexes(text, published).map((t) => [t.text, t.value]);

describe('tagTimexes: a chronology told in the present', () => {
  it('puts "Feb. 14 - Strikers occupy the docks" in the past of an August story, not next February', () => {
    expect(values('How the dispute unfolded:\nFeb. 14 - Strikers occupy the docks at Gdynia.\nMarch 2 - The government offers talks.', '2024-08-20')).toEqual([
      ['Feb. 14', '2024-02-14'],
      ['March 2', '2024-03-02'],
    ]);
  });
  it('reads a colon after the day the same way', () => {
    expect(values('Key moments:\nNov. 9: The ferry operator cancels its crossings.', '2024-07-30')).toEqual([['Nov. 9', '2023-11-09']]);
  });
});
