// However long the subject, a reported "would" of a state, a condition or a hedge is no plan.
// Sentences written for these tests.
import { describe, expect, it } from 'vitest';
import { reportedPlan } from '../../../src/lib/events/reportedPlan';

describe('no plan behind a long subject', () => {
  it.each([
    'The railway said that three of the older diesel units on the coastal line would remain in service',
    'The chief constable said the force, if it had “far more officers”, would be expanded',
  ])('gives none for "%s"', (s) => expect(reportedPlan(s)).toBe(false));
});

describe('an aside that sets one against another', () => {
  it.each([
    'The general said local police, not foreign troops, would end the raids',
  ])('drops "%s"', (s) => expect(reportedPlan(s)).toBe(false));
});
