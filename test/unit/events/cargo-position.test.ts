// What a cargo's position must not swallow: a delivery told with its article, a month's
// shipments as a figure, a shipment dated by "in". Sentences written for these tests.
import { describe, expect, it } from 'vitest';
import { dateWordsWith } from './helpers';

const PUBLISHED = '2024-05-15';
const datesOf = dateWordsWith(PUBLISHED);

describe('a delivery or a shipment that happens in its month stays an event', () => {
  it('keeps a delivery told with its article and its object', () => {
    expect(datesOf('The airline expects the July delivery of its first long-range jet.', [['July', '2024-07']])).toEqual(['July']);
  });
  it('keeps a month’s shipments given as a figure', () => {
    expect(datesOf('Steel exporters said April shipments rose 8 percent.', [['April', '2024-04']])).toEqual(['April']);
  });
  it('keeps a shipment dated by "in"', () => {
    expect(datesOf('The first cargo of the new mine was shipped in March.', [['March', '2024-03']])).toEqual(['March']);
  });
});
