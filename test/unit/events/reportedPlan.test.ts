// A plan reported in the past tense of speech: "said it would" and an act.
import { describe, expect, it } from 'vitest';
import { reportedPlan } from '../../../src/lib/events/reportedPlan';

describe("a plan reported in the past tense of speech", () => {
  it('keeps "said it would" and an act', () => {
    expect(reportedPlan('The water board said it would replace 300 lead pipes in the old town')).toBe(true);
  });
  it('keeps "told ... that" with where it was told', () => {
    expect(reportedPlan('The minister told a press briefing that the two ports would share one customs office')).toBe(true);
  });
  it('keeps a passive act after "announced that"', () => {
    expect(reportedPlan('The airline announced that four of its older jets would be withdrawn from service')).toBe(true);
  });
  it('keeps a quoted adverb before the act', () => {
    expect(reportedPlan('The governor said during a visit that she would “happily” veto the bill')).toBe(true);
  });
  it('keeps "would go to" a place', () => {
    expect(reportedPlan('The minister said that she would go to Lisbon for the talks')).toBe(true);
  });
});

describe('an act on a measure, reported with "would"', () => {
  it('keeps cuts that "would be phased in"', () => {
    expect(reportedPlan('The board said the cuts would be phased in over the season')).toBe(true);
  });
  it('keeps changes that "would be published"', () => {
    expect(reportedPlan('The regulator said the changes would be published in the gazette')).toBe(true);
  });
});

describe('an acceptance of one thing', () => {
  it.each(['The club said it would accept the offer from the Qatari fund'])('keeps "%s"', (s) => expect(reportedPlan(s)).toBe(true));
});
