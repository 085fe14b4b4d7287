import { describe, expect, it } from 'vitest';
import { tagTimexes } from '../../../src/lib/temporal/index';

// Negative cases for outlook-for-quarter.test.ts: a quarter already over at publication is left to
// its tense, and a quarter told in the past with no forecast's noun before it stays a year back
// where the tense puts it. Sentences written for these tests.
const values = (text: string, published: string) => tagTimexes(text, published).map((t) => [t.text, t.value]);

describe('tagTimexes: quarters that are no outlook\'s', () => {
  it('a quarter over by publication: "the outlook for the first quarter was poor" in August stays 1995-Q1', () => {
    expect(values('In January the outlook for the first quarter was poor, the chairman said.', '1995-08-10')).toEqual([
      ['January', '1995-01'],
      ['the first quarter', '1995-Q1'],
    ]);
  });
  it('no forecast\'s noun: "Sales in the third quarter were weak" in May keeps the past\'s 1994-Q3', () => {
    expect(values('Sales in the third quarter were weak, the chairman said.', '1995-05-10')).toEqual([['the third quarter', '1994-Q3']]);
  });
});
