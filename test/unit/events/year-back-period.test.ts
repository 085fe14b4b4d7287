// What the year-back period rule must leave dated (notEvents.ts). Sentences written for these tests.
import { describe, expect, it } from 'vitest';
import { dateWordsWith } from './helpers';

const PUBLISHED = '2024-05-15';
const datesOf = dateWordsWith(PUBLISHED);

describe('a year back with no period noun may date a happening', () => {
  it('keeps "A year earlier, the brewer had closed two plants"', () => {
    expect(datesOf('A year earlier, the brewer had closed two plants.', [['A year earlier', '2023']])).toEqual(['A year earlier']);
  });
});
