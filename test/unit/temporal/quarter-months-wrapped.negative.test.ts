import { describe, expect, it } from 'vitest';
import { tagTimexes } from '../../../src/lib/temporal/index';

// Sentences written for these tests.
describe('tagTimexes: months across a broken line, negative cases', () => {
  it('two months that are no quarter\'s first and last stay two months', () => {
    const got = tagTimexes('Traders bought sugar for April- May shipment.', '1988-01-20').map((t) => t.value);
    expect(got.some((v) => /Q\d/.test(v))).toBe(false);
  });
});
