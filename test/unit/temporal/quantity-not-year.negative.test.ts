// Four digits before a unit of measure are a quantity, not a year. Sentences written for these
// tests.
import { describe, expect, it } from 'vitest';
import { tagTimexes } from '../../../src/lib/temporal';

describe('four digits before a unit of measure are no year', () => {
  it.each([
    ['Claimed weight per boot: 1850 grams.'],
    ['Measured weight: 1790 & 1815 grams per pair.'],
    ['The pass climbs 2100 m over 14 km.'],
    ['The rig pumped 1800 barrels a day before the leak.'],
  ])('%j', (text) => {
    expect(tagTimexes(text, '2024-05-15').filter((t) => /^\d{4}$/.test(t.text))).toEqual([]);
  });
});

describe('a year before a plain noun stays a year', () => {
  it('keeps "In 2019, the pass was closed"', () => {
    expect(tagTimexes('In 2019, the pass was closed for a month.', '2024-05-15').map((t) => t.value)).toContain('2019');
  });
});
