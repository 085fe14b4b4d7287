import { describe, expect, it } from 'vitest';
import { tagTimexes } from '../../../src/lib/temporal/index';

// What the ranked-period rule must not read as the story's period (sentences written for these tests).
const texts = (sentence: string) => tagTimexes(sentence, '1994-03-11').map((t) => t.text);

describe('periods of no ranking, or of any year', () => {
  it("'one of the busiest days of the year' is any year's", () => {
    expect(texts('Good Friday is one of the busiest days of the year for fishmongers.')).not.toContain('the year');
  });

  it("'the first three months of the year' keeps its own span", () => {
    expect(texts('Sales fell in the first three months of the year.')).not.toContain('the year');
  });

  it("'the first order of the day' is an idiom", () => {
    expect(texts('The first order of the day was a vote on the budget.')).toEqual([]);
  });

  it("'the event of the year' ranks nothing", () => {
    expect(texts('Organizers billed the auction as the event of the year.')).toEqual([]);
  });
});
