// One period on, singular, before how things stand in the present: a lasting state, no
// happening. Sentences written for these tests; timexes handmade.
import { describe, expect, it } from 'vitest';
import { dateWordsWith } from './helpers';

const PUBLISHED = '2024-05-15';
const datesOf = dateWordsWith(PUBLISHED);

describe('one period later, a present state dates nothing', () => {
  it('drops "One year later" before a state that still seems so', () => {
    expect(datesOf('One year later, and the new trams still seem more like a promise than a service.', [['One year later', '2025']])).toEqual([]);
  });
  it('drops "A month later" before how the town stands', () => {
    expect(datesOf('A month later, the harbour is quiet again.', [['A month later', '2024-06']])).toEqual([]);
  });
});
