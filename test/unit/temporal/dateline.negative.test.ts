import { describe, expect, it } from 'vitest';
import { tagTimexes } from '../../../src/lib/temporal/index';

// What the dateline rule of dateline.test.ts must not do: a dateline of the stamp's own day,
// or one more than a day off (a slip, or a story held over), changes nothing; a date in the
// body is no dateline. Stamp Sunday 1987-06-14.
const SUN = '1987-06-14';
const valueOf = (story: string, words: string) => tagTimexes(story, SUN).find((t) => t.text === words)?.value;
const WED = '1987-05-13'; // a Wednesday
const values = (text: string, published = WED) => tagTimexes(text, published).map((t) => [t.text, t.value]);

describe('tagTimexes: datelines that leave publication\'s day alone', () => {
  it('a dateline of the stamp\'s day keeps "tomorrow" the day after the stamp', () => {
    expect(valueOf('OIL PRICES STEADY\n\nLONDON, June 14 - Brent will be quoted tomorrow, dealers said.\n', 'tomorrow')).toBe('1987-06-15');
  });

  it('a dateline three days after the stamp is not taken', () => {
    expect(valueOf('OIL PRICES STEADY\n\nLONDON, June 17 - Brent will be quoted tomorrow, dealers said.\n', 'tomorrow')).toBe('1987-06-15');
  });

  it('a day named in the body is no dateline', () => {
    expect(valueOf('OIL PRICES STEADY\n\nDealers said talks on June 15 - if held - would start tomorrow.\n', 'tomorrow')).toBe('1987-06-15');
  });
});

// More of this class, read on the 1987 wire splits (reuters/fresh6-fresh11). Sentences written for these tests.

describe('tagTimexes: a dateline too far from the stamp', () => {
  it('a dateline two days before the stamp is not taken', () => {
    expect(tagTimexes('GRAIN FUTURES CLOSE LOWER\n\nCHICAGO, May 11 - Wheat futures will open tomorrow, traders said.\n', WED).find((t) => t.text === 'tomorrow')?.value).toBe('1987-05-14');
  });
});

describe('tagTimexes: a dash that is no dateline\'s still joins a span', () => {
  it('"the sale runs May 12 - June 2" is one span of this year', () => {
    expect(values('The sale runs May 12 - June 2.', '1987-05-01')).toEqual([
      ['May 12', '1987-05-12'],
      ['June 2', '1987-06-02'],
    ]);
  });
});
