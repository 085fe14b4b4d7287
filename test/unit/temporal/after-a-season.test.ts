import { describe, expect, it } from 'vitest';
import { tagTimexes } from '../../../src/lib/temporal/index';

// "after a summer of ...": the season just gone. Sentences written for these tests.
const tags = (text: string, published: string) => tagTimexes(text, published).map((t) => [t.text, t.value]);

describe('tagTimexes: "after a SEASON of ..."', () => {
  it('tags "after a summer of" in September as the summer just gone', () => {
    expect(tags('After a summer of floods, the valley towns are counting the cost.', '2024-09-10')).toEqual([['a summer', '2024-SU']]);
  });
  it('tags "following a bitter winter of" in April as the winter before', () => {
    expect(tags('Prices eased following a bitter winter of shortages.', '2024-04-02')).toEqual([['a bitter winter', '2023-WI']]);
  });
  it('tags "after a summer of" in January as the last year’s summer', () => {
    expect(tags('The club is rebuilding after a summer of departures.', '2025-01-15')).toEqual([['a summer', '2024-SU']]);
  });
});
