// Lines in capitals that are no wire headline: a newsletter's kicker, a rubric before a colon,
// a line no dateline follows. Their dates stay names (nameWord.ts inCapitals).
import { describe, expect, it } from 'vitest';
import { inWireHeadline } from '../../../src/lib/events/wireHeadline';
import { timexOf } from './helpers';

describe('a line in capitals that is no wire headline', () => {
  it('is not one without a dateline on the next line', () => {
    const text = 'IT’S FRIDAY — HERE IS WHAT TO WATCH\nThe council meets at noon to vote on the budget.';
    expect(inWireHeadline(text, timexOf(text, 'FRIDAY', '2024-05-17'))).toBe(false);
  });
  it('is not one when a colon makes it a rubric', () => {
    const text = 'MARKETS: SHARES SLIDE IN MARCH\n\nOSLO, April 2 - Shares slid in March.';
    expect(inWireHeadline(text, timexOf(text, 'MARCH', '2024-03'))).toBe(false);
  });
  it('is not one when the line holds lower-case prose', () => {
    const text = 'Fees rose IN MARCH, the board said\n\nOSLO, April 2 - Fees rose.';
    expect(inWireHeadline(text, timexOf(text, 'MARCH', '2024-03'))).toBe(false);
  });
  it('is not one when the next line opens on a name and no day', () => {
    const text = 'FERRY LINE TO ADD TWO ROUTES IN AUGUST\n\nBergen, the harbour town, has waited years for them.';
    expect(inWireHeadline(text, timexOf(text, 'AUGUST', '2024-08'))).toBe(false);
  });
  it('is not one of fewer than four words', () => {
    const text = 'TUESDAY BRIEFING\n\nOSLO, April 2 - Fees rose.';
    expect(inWireHeadline(text, timexOf(text, 'TUESDAY', '2024-04-02'))).toBe(false);
  });
});
