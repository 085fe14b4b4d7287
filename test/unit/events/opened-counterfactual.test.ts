// What the counterfactual rules leave: a saying or a happening before the modal keeps its date.
// Sentences written for these tests; timexes handmade.
import { describe, expect, it } from 'vitest';
import { dateWordsWith } from './helpers';

const PUBLISHED = '2024-05-15';
const datesOf = dateWordsWith(PUBLISHED);

describe('a date beside a counterfactual keeps what happened', () => {
  it('keeps the day of a saying whose content is a counterfactual', () => {
    expect(datesOf('On Monday, investigators said the pilot could not have seen the mast.', [['Monday', '2024-05-13']])).toEqual(['Monday']);
  });
  it('keeps a year opening a clause of what did happen', () => {
    expect(datesOf('In 2019, the ferry operator could hardly keep up and hired 40 drivers.', [['2019', '2019']])).toEqual(['2019']);
  });
});
