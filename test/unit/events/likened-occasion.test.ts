// What the likened-occasion rule leaves: a date after the opening phrase's comma is the news's,
// and "as" that is no likeness keeps its date. Sentences written for these tests; timexes
// handmade so the rule is tested alone.
import { describe, expect, it } from 'vitest';
import { dateWordsWith } from './helpers';

const PUBLISHED = '2025-09-20';
const datesOf = dateWordsWith(PUBLISHED);

describe('the news after the likeness keeps its date', () => {
  it('keeps the day told after the comma', () => {
    expect(datesOf('As in other years, the regatta starts on October 4.', [['October 4', '2025-10-04']])).toEqual(['October 4']);
  });
  it('keeps a date in an "as" clause of time', () => {
    expect(datesOf('As the storm hit on Tuesday, the ferries stayed in port.', [['Tuesday', '2025-09-16']])).toEqual(['Tuesday']);
  });
  it('keeps a date in a likeness that does not open the sentence', () => {
    expect(datesOf('The pier was closed on Monday, as in most autumns.', [['Monday', '2025-09-15']])).toEqual(['Monday']);
  });
  it('keeps a date after "As for", which names a topic, no likeness', () => {
    expect(datesOf('As for the storm on Sunday, it flooded two roads near the port.', [['Sunday', '2025-09-14']])).toEqual(['Sunday']);
  });
});
