// What the base-of-a-change rules must leave: a stretch a change ran over, and a figure's own
// day before "against". Sentences written for these tests; timexes handmade.
import { describe, expect, it } from 'vitest';
import { dateWordsWith } from './helpers';

const PUBLISHED = '2024-05-15';
const datesOf = dateWordsWith(PUBLISHED);

describe('a change dated by the stretch it ran over', () => {
  it('keeps the summer a rise ran over', () => {
    expect(datesOf('Rents rose 6 percent over the summer, the agency said.', [['the summer', '2023-SU']])).toEqual(['the summer']);
  });
  it('keeps the day a figure was reached before "against"', () => {
    expect(datesOf('The index closed at 4,210 on Friday against 4,150 a week earlier.', [['Friday', '2024-05-10']])).toEqual(['Friday']);
  });
});
