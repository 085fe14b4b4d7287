// What the night after the page's day does not make past: a plan or a forecast for the next
// day, and a past verb reporting what is still to come.
import { describe, expect, it } from 'vitest';
import { extract } from '../../../src/lib/extract';

const WEDNESDAY_EVENING = '2024-05-15T21:30:00';
const eventsOf = (text: string) =>
  extract(text, { title: null, published: WEDNESDAY_EVENING, url: null, publisher: null }).events.map((e) => [e.when.start, e.status]);

describe('the day after the page, still ahead', () => {
  it('keeps a plan projected', () => {
    expect(eventsOf('The board will meet on Thursday to pick a new chair.')).toEqual([['2024-05-16', 'projected']]);
  });
  it('keeps a schedule reported in the past projected', () => {
    expect(eventsOf('The union said the strike would begin on Thursday.')).toEqual([['2024-05-16', 'projected']]);
  });
});
