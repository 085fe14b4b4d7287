// Words that look like dates to a parser but are not: a figure's decimals, the fall of a
// government. Sentences written for these tests.
import { describe, expect, it } from 'vitest';
import { tagTimexes } from '../../../src/lib/temporal';

const texts = (text: string, published = '2024-05-15') => tagTimexes(text, published).map((t) => t.text);

describe('no date inside a figure', () => {
  it('reads no date out of a range of decimals', () => {
    expect(texts('The shares would trade at 18.5-21.3 times earnings.')).toEqual([]);
  });
  it('reads no date out of a decimal followed by a year-like number', () => {
    expect(texts('Output rose 12.6-14 percent.')).toEqual([]);
  });
});

describe('"the fall of" something is its collapse', () => {
  it('reads no season in the fall of a government', () => {
    expect(texts('The strike was followed by the fall of the coalition government.')).toEqual([]);
  });
  it('reads no season in the fall of a city after "by"', () => {
    expect(texts('By the fall of Kabul the embassy had closed.')).toEqual([]);
  });
});

describe('a two-digit number after a month-day and a comma is no year', () => {
  it('reads the day in the sentence’s direction and leaves the number to the next phrase', () => {
    expect(tagTimexes('Of the 60 people hurt on 3 May, 12 were firefighters.', '2024-05-15').map((t) => `${t.text}=${t.value}`)).toEqual(['3 May=2024-05-03']);
  });
});
