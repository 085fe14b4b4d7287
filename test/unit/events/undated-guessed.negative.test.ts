// A future that someone guesses, is told to expect, or that a fact brings about is no undated
// expectation: no one announces it as a plan. Sentences written for these tests.
import { describe, expect, it } from 'vitest';
import { buildEvents } from '../../../src/lib/events';

const undated = (text: string) => buildEvents(text, [], '2024-05-15').map((e) => e.label);

describe('a future guessed by the subject is no plan', () => {
  it.each([
    'The brewer anticipates that the appeals court will agree to review the licence dispute.',
    'The treasury also expects the tax package to meet resistance from neighbouring states.',
    'Some economists predict that the harbour authority will sell the ferry line.',
    'Consultants writing in a trade journal cited engineers who estimate that delivery drones will go mainstream.',
  ])('gives none for "%s"', (s) => expect(undated(s)).toEqual([]));
});

describe('what the reader is told to expect is no plan', () => {
  it.each([
    'Rail passengers should expect a timetable of a different shape, the operator says.',
    'Gardeners can expect shorter flowering seasons across the southern counties.',
  ])('gives none for "%s"', (s) => expect(undated(s)).toEqual([]));
});

describe("a future inside a noun's that-clause or after a verb of consequence is no plan", () => {
  it.each([
    'Neglecting small complaints exposes a restaurant to the danger that inspectors will close its kitchen.',
    'Of the 800 drivers, about half work for the depot, which guarantees that their dispute will be a talking point.',
    'The merger raises hopes that the two mills will share their shipping fleet.',
  ])('gives none for "%s"', (s) => expect(undated(s)).toEqual([]));
});
