// Issue 13: what the season-name and weekend-habit rules (named-season-habit.negative.test.ts)
// keep: a season with its year, a season at a sentence's comma, and the coming weekend of a
// timetable. Sentences written for these tests.
import { describe, expect, it } from 'vitest';
import { dateWordsWith } from './helpers';

const PUBLISHED = '2021-11-03';
const datesOf = dateWordsWith(PUBLISHED);

describe('seasons and weekends that stay dated', () => {
  it('keeps a weekend on a timetable', () => {
    expect(datesOf('The new gallery opens at the weekend.', [['the weekend', '2021-W44-WE']])).toEqual(['the weekend']);
  });
  it('keeps a capitalised season that ends its clause', () => {
    expect(datesOf('The rebels retreated in the Autumn, the army said.', [['the Autumn', '2021-FA']])).toEqual(['the Autumn']);
  });
});
