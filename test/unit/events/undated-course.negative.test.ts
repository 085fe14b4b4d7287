// A forecast of a course or of a state kept as it is is no undated projection: how long a thing
// will last, when a stock will run dry, how it will stand, what will be kept. Sentences written
// for these tests.
import { describe, expect, it } from 'vitest';
import { buildEvents } from '../../../src/lib/events';

const undated = (text: string) => buildEvents(text, [], '2024-05-15').map((e) => e.label);

describe('a forecast of a course is no projection', () => {
  it('gives none for how long a hearing was expected to last', () => {
    expect(undated('The inquiry was expected to last almost three years.')).toEqual([]);
  });
  it('gives none for a stock expected to run out', () => {
    expect(undated('The aquifer’s water is expected to run out within a generation.')).toEqual([]);
  });
  it('gives none for a budget expected to be in the red', () => {
    expect(undated('The island’s budget is expected to be in the red again.')).toEqual([]);
  });
});

describe('a state kept as it is is no projection', () => {
  it('gives none for troops a government will keep where they are', () => {
    expect(undated('Lisbon will keep its 300 peacekeepers in Lebanon, the minister says.')).toEqual([]);
  });
  it('gives none for a force a government will maintain', () => {
    expect(undated('The government will maintain a large coast guard fleet.')).toEqual([]);
  });
});
