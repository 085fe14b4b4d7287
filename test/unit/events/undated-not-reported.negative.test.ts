// Futures that report no arrangement: a plan identified with what it is ("Our aim is to ..."), a
// question run on with "or whether", a list's lead-in ending on a colon, a quote opened inside the
// statement, a label cut after "is set", a plan held in the past, a fortune foretold, a reported
// "would hold" of ties that last. Sentences written for these tests.
import { describe, expect, it } from 'vitest';
import { buildEvents } from '../../../src/lib/events';
import { reportedPlan } from '../../../src/lib/events/reportedPlan';

const undated = (text: string) => buildEvents(text, [], '2024-05-15').map((e) => e.label);

describe('no undated expectation', () => {
  it.each([
    'The idea is to plant a few hundred oaks along the river, then open a cafe.',
    'Our aim is to reopen the baths by the spring.',
    'Listing some of the bigger concerts to be staged at the arena:',
    'One parent wrote: "And the first thing my daughter will ask me is when the pool opens."',
    'The regulator is set to.',
    '"The mayor told me he was planning on closing the pier," the ferryman said.',
    'The resale value of older trams is expected to suffer, dealers say.',
  ])('gives none for "%s"', (s) => expect(undated(s)).toEqual([]));
  it('gives none for a question run on with "or whether"', () => {
    expect(undated('Nobody knows when the ferry will sail, or whether the crew will join it later.')).toEqual([]);
  });
  it('reads "would hold" with no object as lasting', () => {
    expect(reportedPlan('The envoy said the truce between the two towns would hold')).toBe(false);
    expect(reportedPlan('The envoy said the two towns would hold talks')).toBe(true);
  });
});
