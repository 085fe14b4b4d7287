// A payment for one thing, a contract's rate (the gold counts "The contract will pay X $9 million per year" as an
// undated expectation), a thing of a kind built: acts, and plans. Sentences written for these tests.
import { describe, expect, it } from 'vitest';
import { buildEvents } from '../../../src/lib/events';

const undated = (text: string) => buildEvents(text, [], '2024-05-15').filter((e) => !e.when.start).map((e) => e.label);

describe('acts stay', () => {
  it.each([
    ['The new deal will pay the winger $4 million per season.', 'The new deal will pay the winger $4 million per season'],
    ['The brewer will pay $40 million for a stake in the distillery.', 'The brewer will pay $40 million for a stake in the distillery'],
    ['A new footbridge will be built over the Wear.', 'A new footbridge will be built over the Wear'],
  ])('draws "%s"', (s, label) => expect(undated(s)).toEqual([label]));
});

describe('a sum with a span', () => {
  it('draws "The builder will pay thousands in penalties for falling a month behind."', () =>
    expect(undated('The builder will pay thousands in penalties for falling a month behind.')).toEqual(['The builder will pay thousands in penalties for falling a month behind']));
});
