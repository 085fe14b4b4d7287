import { describe, expect, it } from 'vitest';
import { tagTimexes } from '../../../src/lib/temporal/index';

// A season before the noun it dates ("a spring election") and "the winter" of the story keep
// their value. Sentences written for these tests; published 2016-02-03.
const all = (text: string) => tagTimexes(text, '2016-02-03').map((t) => [t.text, t.value]);

describe('tagTimexes: a season that names a kind or any season, negative cases', () => {
  it('"could call an autumn referendum" is this autumn', () => {
    expect(all('The premier could call an autumn referendum, aides said.')).toEqual([['autumn', '2016-FA']]);
  });

  it('"the winter" of a past report is the winter gone', () => {
    expect(all('Sales of heaters fell sharply in the winter.')).toEqual([['the winter', '2015-WI']]);
  });
});
