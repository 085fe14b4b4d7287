// "urged the U.S. administration, which hosted the forum in November": the thing a "which" is
// about may hold an abbreviation written with points (relative.ts, TRAILING_THING). Sentences
// written for these tests.
import { describe, expect, it } from 'vitest';
import { extract } from '../../../src/lib/extract';

const labels = (text: string, published = '2024-05-18') => extract(text, { title: null, published, url: null, publisher: null }).events.map((e) => e.label);

describe('an abbreviation with points inside the noun a relative clause is on', () => {
  it('a "which" on "the U.K. regulator"', () => {
    expect(labels('The airline pressed the U.K. regulator, which fined two rival carriers in March, to act quickly.')).toContain('The U.K. regulator fined two rival carriers');
  });
  it('a "who" on "the U.N. envoy"', () => {
    expect(labels('Farmers asked the U.N. envoy, who toured the valley in April, to come back.')).toContain('The U.N. envoy toured the valley');
  });
});
