// A day beside a wire named in the copy, not its bracketed dateline, keeps its day. Sentences
// written for these tests; timexes handmade.
import { describe, expect, it } from 'vitest';
import { dateWordsWith } from './helpers';

const PUBLISHED = '2018-09-12';
const datesOf = dateWordsWith(PUBLISHED);

describe('a wire named in the copy keeps the day', () => {
  it('keeps a release the copy says went out over a wire on a day', () => {
    const text = 'The company announced the recall on September 10 in a statement sent over Business Wire.';
    expect(datesOf(text, [['September 10', '2018-09-10']])).toEqual(['September 10']);
  });
});
