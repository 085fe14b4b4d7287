// A stretch named by its bound after a preposition of time dates its clause (boundedStretch.ts).
import { describe, expect, it } from 'vitest';
import { dateWordsWith } from './helpers';

const datesOf = dateWordsWith('2024-05-15');

describe('a stretch that tells when keeps its bound', () => {
  it('keeps the year after "during the period after"', () => {
    expect(datesOf('Exports to the region doubled during the period after 2016.', [['2016', '2016']])).toEqual(['2016']);
  });
  it('keeps the year of a fronted "In the years after"', () => {
    expect(datesOf('In the years after 2016 the mill hired 300 workers.', [['2016', '2016']])).toEqual(['2016']);
  });
});
