// One period on before a happening told in the past keeps its date. Sentences written for these
// tests; timexes handmade.
import { describe, expect, it } from 'vitest';
import { dateWordsWith } from './helpers';

const PUBLISHED = '2024-05-15';
const datesOf = dateWordsWith(PUBLISHED);

describe('one period later, a happening keeps its date', () => {
  it('keeps "A year later" before a past happening', () => {
    expect(datesOf('The plant closed in 2019. A year later, the council sold the site.', [['2019', '2019'], ['A year later', '2020']])).toEqual(['2019', 'A year later']);
  });
});
