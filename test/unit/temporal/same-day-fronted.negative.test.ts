import { describe, expect, it } from 'vitest';
import { tagTimexes } from '../../../src/lib/temporal/index';

// "The same day of the week", "the same day as" compare days and name none. Sentences written for
// these tests; published 2016-02-03.
const texts = (text: string) => tagTimexes(text, '2016-02-03').map((t) => t.text);

describe('tagTimexes: a fronted "The same day", negative cases', () => {
  it('"The same day of the week" is not tagged', () => {
    expect(texts('Markets rose. The same day of the week often brings a dip.')).toEqual([]);
  });
});
