// What must NOT become an undated projection: a future that belongs to another clause, a
// negated expectation. (Undated events need no timex: the sentences carry none.)
import { describe, expect, it } from 'vitest';
import { buildEvents } from '../../../src/lib/events';

const undated = (text: string) => buildEvents(text, [], '2024-05-15').map((e) => e.label);

describe('undated projections read from the clause’s own verb', () => {
  it('gives none for a past fact whose subordinate clause looks ahead', () => {
    expect(undated('Copper slid 2 percent as traders bet the central bank will extend its bond purchases.')).toEqual([]);
  });
  it('gives none for a negated expectation', () => {
    expect(undated('The stoppage isn’t likely to delay any ferries.')).toEqual([]);
  });
  it('gives none for a present state before a planned word further on', () => {
    expect(undated('The outcome remains a gap between what sellers plan to ask and what buyers pay.')).toEqual([]);
  });
});
