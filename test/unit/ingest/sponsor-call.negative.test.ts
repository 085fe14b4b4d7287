// What stays: reporting of offers and of newsletters, and advice that names no firm to call now.
import { describe, expect, it } from 'vitest';
import { isNewsFurniture } from '../../../src/lib/ingest/templateLines';

describe('reporting and advice that read like a call to action', () => {
  it('keeps lines that report an offer, a newsletter or advice', () => {
    for (const l of [
      'The firm urged customers to book now, before prices rise in March.',
      'If you are looking for a bargain, the best time to book is in January, the agent said.',
      'If you’re planning to travel in August, expect crowds at every park.',
      'The council said its newsletter would be sent to every household from next month.',
      'Our reporters signed up to the charity’s weekly newsletter to follow the campaign.',
    ])
      expect(isNewsFurniture(l), l).toBe(false);
  });
});
