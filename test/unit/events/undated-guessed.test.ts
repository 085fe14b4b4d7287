// A plan told through the one who makes it stays an undated expectation when the same sentence,
// or a later clause, guesses or weighs: the guess must come before the plan's own future.
// Sentences written for these tests.
import { describe, expect, it } from 'vitest';
import { buildEvents } from '../../../src/lib/events';

const undated = (text: string) => buildEvents(text, [], '2024-05-15').map((e) => e.label);

describe('a plan told before a guess or a consequence stays a plan', () => {
  it('keeps the plan before "which means that"', () => {
    const labels = undated('The county will build a second bridge over the estuary, which means that the old ferry will stop running.');
    expect(labels).toHaveLength(1);
    expect(labels[0]).toMatch(/^The county will build a second bridge over the estuary\b/);
  });
  it('keeps the plan the subject expects to make', () => {
    expect(undated('The brewer expects to open a second bottling plant in the valley.')).toEqual(['The brewer expects to open a second bottling plant in the valley']);
  });
  it('keeps an act its sources expect of someone named', () => {
    expect(undated('Diplomatic sources expect Halvorsen to propose a fishing compromise.')).toEqual(['Diplomatic sources expect Halvorsen to propose a fishing compromise']);
  });
  it('keeps the writer\'s expectation of an act in the passive', () => {
    expect(undated('The harbour master is expected to sign the dredging contract.')).toEqual(['The harbour master is expected to sign the dredging contract']);
  });
});
