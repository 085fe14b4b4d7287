import { describe, expect, it } from 'vitest';
import { tagTimexes } from '../../../src/lib/temporal/index';

// Lines that open on a day but are no step of what has happened. Sentences written for these tests.
const values = (text: string, published: string) => tagTimexes(text, published).map((t) => [t.text, t.value]);

describe('tagTimexes: a dated line still to come', () => {
  it('keeps an entry that says it will happen ahead', () => {
    expect(values('What comes next:\nSept. 4 - Ministers will meet in Oslo to sign the accord.', '2024-08-20')).toEqual([['Sept. 4', '2024-09-04']]);
  });
  it('keeps an opening day whose line says it is expected', () => {
    expect(values('Nov. 5 - the first vote in a decade - is expected to be close.', '2024-08-20')).toEqual([
      ['Nov. 5', '2024-11-05'],
      ['a decade', 'P10Y'],
    ]);
  });
});
