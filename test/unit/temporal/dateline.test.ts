import { describe, expect, it } from 'vitest';
import { tagTimexes } from '../../../src/lib/temporal/index';

// A wire story filed from a city ahead of the desk's clock carries the local day in its
// dateline (issue 16, from reuters/fresh4): its relative days and weeks count from that day, the
// one the correspondent wrote on. Stories written for these tests; the desk's stamp is Sunday
// 1987-06-14, the Tokyo dateline Monday June 15.
const SUN = '1987-06-14';
const story = 'JAPAN MAY MACHINERY ORDERS SEEN HIGHER\n\nTOKYO, June 15 - The government will release May machinery orders tomorrow, officials said. Orders fell 3.1 pct last week, a trade group said today.\n';
const valueOf = (words: string) => tagTimexes(story, SUN).find((t) => t.text === words)?.value;

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
