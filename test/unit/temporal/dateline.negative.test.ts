import { describe, expect, it } from 'vitest';
import { tagTimexes } from '../../../src/lib/temporal/index';

// What the dateline rule of dateline.test.ts must not do: a dateline of the stamp's own day,
// or one more than a day off (a slip, or a story held over), changes nothing; a date in the
// body is no dateline. Stamp Sunday 1987-06-14.
const SUN = '1987-06-14';
const valueOf = (story: string, words: string) => tagTimexes(story, SUN).find((t) => t.text === words)?.value;

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
