// A plan reported in the past tense of speech whose subject is long or holds a quoted phrase.
// Sentences written for these tests.
import { describe, expect, it } from 'vitest';
import { reportedPlan } from '../../../src/lib/events/reportedPlan';

describe('a long subject of what was said', () => {
  it.each([
    'The railway announced that three of the older diesel units on the coastal line would be withdrawn',
    'The chief constable said the force had become “far too thin” and would be expanded',
  ])('keeps "%s"', (s) => expect(reportedPlan(s)).toBe(true));
});

describe('an aside between the subject and its "would"', () => {
  it.each([
    'The harbour master said David Reyes, the pilot who ran the last regatta, would judge the race',
    'The minister told the meeting that on the bond side, a set of new bonds, including ten-year notes (the first since 1990), would be issued',
    'The club said its chairman, and the two founders, would attend the unveiling',
  ])('keeps "%s"', (s) => expect(reportedPlan(s)).toBe(true));
});
