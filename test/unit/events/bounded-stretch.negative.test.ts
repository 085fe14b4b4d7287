// A stretch of time named by its bound, as the thing a sentence is about, dates nothing
// (boundedStretch.ts). Sentences written for these tests; timexes handmade.
import { describe, expect, it } from 'vitest';
import { dateWordsWith } from './helpers';

const datesOf = dateWordsWith('2024-05-15');

describe('the bound of a stretch an inquiry or a report reaches over is no event', () => {
  it('drops the year bounding the period an inquiry is widened to', () => {
    expect(datesOf('The regulator widened its inquiry to the period after 2016.', [['2016', '2016']])).toEqual([]);
  });
  it('drops the year bounding the years an audit covers', () => {
    expect(datesOf('The audit covers the six years before 2020, the council said.', [['2020', '2020']])).toEqual([]);
  });
  it('drops the year bounding the period a report looks at', () => {
    expect(datesOf('The report looks closely at the period following 2016.', [['2016', '2016']])).toEqual([]);
  });
});
