import { describe, expect, it } from 'vitest';
import { tagTimexes } from '../../../src/lib/temporal/index';

// "will probably be compiled no earlier than August but before November": "no earlier than",
// "not later than" set the bound of a deadline; they introduce its month (a month's name that is
// also a word is kept after them) and say nothing of the past (read on reuters/fresh15's Japanese
// budget). Sentences written for these tests.
const valueOf = (text: string, words: string) => tagTimexes(text, '1992-05-20').find((t) => t.text === words)?.value;

describe('tagTimexes: the bound of a deadline', () => {
  it('"no earlier than August" is the August ahead', () => {
    expect(valueOf('The refinery will restart no earlier than August, the operator said.', 'August')).toBe('1992-08');
  });

  it('"not later than" a day is that day ahead', () => {
    expect(valueOf('Bids must be lodged not later than September 4.', 'September 4')).toBe('1992-09-04');
  });
});
