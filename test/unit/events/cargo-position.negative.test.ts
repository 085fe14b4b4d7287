// A cargo's position in commodity copy ("for April/May shipment") names the lot traded, not a
// time anything happens. Sentences written for these tests; timexes handmade.
import { describe, expect, it } from 'vitest';
import { dateWordsWith } from './helpers';

const PUBLISHED = '2024-05-15';
const datesOf = dateWordsWith(PUBLISHED);

describe('a month naming a cargo’s position is no event', () => {
  it('drops both months of a shipment position written with a slash', () => {
    expect(datesOf('Jordan bought 100,000 tonnes of barley for June/July shipment on Tuesday.', [['June', '2024-06'], ['July', '2024-07'], ['Tuesday', '2024-05-14']])).toEqual(['Tuesday']);
  });
  it('drops the months of an arrival position beside a shipment one', () => {
    expect(datesOf('Offers may be for sugar afloat through to September shipment or spot to September arrival/delivery.', [['September', '2024-09']])).toEqual([]);
  });
  it('drops a loading month after "for"', () => {
    expect(datesOf('Traders said the cargo for August loading traded at a premium on Monday.', [['August', '2024-08'], ['Monday', '2024-05-13']])).toEqual(['Monday']);
  });
  it('drops a plural position after a half of the month', () => {
    expect(datesOf('Sellers offered second half October shipments at lower prices on Monday.', [['October', '2024-10'], ['Monday', '2024-05-13']])).toEqual(['Monday']);
  });
});
