// A caption at a paragraph's head that runs on into the body with no stop dates nothing before
// the joint (runOnCaption.ts). Sentences written for these tests; timexes handmade.
import { describe, expect, it } from 'vitest';
import { dateWordsWith } from './helpers';

const datesOf = dateWordsWith('2024-05-15');

describe('the date of a caption run on into the body is no event', () => {
  it('drops the caption’s year before a name’s possessive, its noun and its verb', () => {
    expect(datesOf('The story so far.\nThe skipper retired in May 2019 after a long knee injury Hale\'s widow sued the club in March 2021 over the treatment.', [['May 2019', '2019-05'], ['March 2021', '2021-03']])).toEqual(['March 2021']);
  });
  it('drops the caption’s day before a sentence opener in capitals', () => {
    expect(datesOf('Earlier.\nThe coach speaking on 4 May: we lost our way The board met again to weigh his future.', [['4 May', '2024-05-04']])).toEqual([]);
  });
  it('drops the caption’s date before a capitalised plural and "of"', () => {
    expect(datesOf('Earlier.\nRescuers worked at the quarry on Sunday evening Bags of sand were stacked along the bank to hold the water.', [['Sunday evening', '2024-05-12']])).toEqual([]);
  });
});
