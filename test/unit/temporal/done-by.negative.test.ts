import { describe, expect, it } from 'vitest';
import { tagged } from './helpers';

// What the deadline-met rule (done-by.test.ts) leaves ahead: a deadline promised or expected.
const PUB = '2025-06-10';

describe('tagTimexes: deadlines still ahead', () => {
  it('"said it would complete the sale by the end of March"', () => {
    expect(tagged('The bank said it would complete the sale by the end of March.', PUB, 'the end of March')?.value).toBe('2026-03');
  });
  it('a deadline in a condition, "are not completed by"', () => {
    expect(tagged('If the talks are not completed by the end of March, the bank estimated its profit would fall.', PUB, 'the end of March')?.value).toBe('2026-03');
  });
  it('"expects to complete the sale by the end of March"', () => {
    expect(tagged('The bank expects to complete the sale by the end of March.', PUB, 'the end of March')?.value).toBe('2026-03');
  });
});
