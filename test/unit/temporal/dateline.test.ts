import { describe, expect, it } from 'vitest';
import { tagTimexes } from '../../../src/lib/temporal/index';

// A wire story filed from a city ahead of the desk's clock carries the local day in its
// dateline (issue 16, from reuters/fresh4): its relative days and weeks count from that day, the
// one the correspondent wrote on. Stories written for these tests; the desk's stamp is Sunday
// 1987-06-14, the Tokyo dateline Monday June 15.
const SUN = '1987-06-14';
const story = 'JAPAN MAY MACHINERY ORDERS SEEN HIGHER\n\nTOKYO, June 15 - The government will release May machinery orders tomorrow, officials said. Orders fell 3.1 pct last week, a trade group said today.\n';
const valueOf = (words: string) => tagTimexes(story, SUN).find((t) => t.text === words)?.value;
const WED = '1987-05-13'; // a Wednesday
const values = (text: string, published = WED) => tagTimexes(text, published).map((t) => [t.text, t.value]);

describe('tagTimexes: the dateline\'s own day', () => {
  it('"tomorrow" counts from the dateline\'s day', () => {
    expect(valueOf('tomorrow')).toBe('1987-06-16');
  });

  it('"last week" is the week before the dateline\'s', () => {
    expect(valueOf('last week')).toBe('1987-W24');
  });

  it('"today" is the dateline\'s day', () => {
    expect(valueOf('today')).toBe('1987-06-15');
  });
});

// More of this class, read on the 1987 wire splits (reuters/fresh6-fresh11). Sentences written for these tests.

describe('tagTimexes: a dateline the day before the stamp', () => {
  it('"CHICAGO, May 12 -" under a stamp of May 13 counts "today" and "yesterday" from May 12', () => {
    expect(values('GRAIN FUTURES CLOSE LOWER\n\nCHICAGO, May 12 - Wheat futures fell today after yesterday\'s rally, traders said.\n')).toEqual([
      ['May 12', '1987-05-12'],
      ['today', '1987-05-12'],
      ['yesterday', '1987-05-11'],
    ]);
  });
});

describe('tagTimexes: a wire dateline\'s dash joins no span', () => {
  it('"LONDON, May 12 - March 31 end" keeps the period end gone by, not the March after the dateline', () => {
    expect(values('LONDON, May 12 - March 31 end\nShr 4.1p vs 3.2p', '1987-05-12')).toEqual([
      ['May 12', '1987-05-12'],
      ['March 31', '1987-03-31'],
    ]);
  });

  it('a dateline before a statistics lead ("OTTAWA, April 2 - February building permits") is publication\'s day', () => {
    expect(values('OTTAWA, April 2 - February building permits rose 4 pct.', '1987-04-02')).toEqual([
      ['April 2', '1987-04-02'],
      ['February', '1987-02'],
    ]);
  });
});
