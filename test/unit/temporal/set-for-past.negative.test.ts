import { describe, expect, it } from 'vitest';
import { tagged } from './helpers';

// What the appointed-in-the-past rule (set-for-past.test.ts) leaves alone: a past with no
// appointment ("was held", "took place") keeps the past's latest day; a weekday, whose nearest
// reading reaches only three days, keeps the past's reading. Sentences written for these tests;
// published Thursday 2025-02-13.
const PUB = '2025-02-13';

describe('tagTimexes: pasts that appoint nothing', () => {
  it('"the inspection was held on March 4" is last year\'s March', () => {
    expect(tagged('The ferry inspection was held on March 4.', PUB, 'March 4')?.value).toBe('2024-03-04');
  });
  it('"the recital was set in April" (a story\'s setting, no "for") is last April', () => {
    expect(tagged('The recital was set in April, in a flooded town.', PUB, 'April')?.value).toBe('2024-04');
  });
  it('"the hearing was scheduled for Monday" keeps the Monday gone', () => {
    expect(tagged('The hearing was scheduled for Monday.', PUB, 'Monday')?.value).toBe('2025-02-10');
  });
});
