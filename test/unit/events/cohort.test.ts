// Issue 13: what the group-line rule (cohort.negative.test.ts) keeps: one thing's birth, building
// or hiring dated by its own verb. Sentences written for these tests.
import { describe, expect, it } from 'vitest';
import { dateWordsWith } from './helpers';

const PUBLISHED = '2016-03-01';
const datesOf = dateWordsWith(PUBLISHED);

describe('a birth or a building dated by its own verb', () => {
  it('keeps a singer born in a year', () => {
    expect(datesOf('The singer was born in 1971 in Lagos.', [['1971', '1971']])).toEqual(['1971']);
  });
  it('keeps a bridge built before a year', () => {
    expect(datesOf('The old bridge was built before 1900 by convicts.', [['1900', '1900']])).toEqual(['1900']);
  });
});
