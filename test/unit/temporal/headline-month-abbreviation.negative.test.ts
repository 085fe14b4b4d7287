import { describe, expect, it } from 'vitest';
import { tagTimexes } from '../../../src/lib/temporal/index';

// Headlines and lines written for these tests.
const texts = (text: string) => tagTimexes(text, '1988-02-11').map((t) => t.text);

describe('tagTimexes: a month abbreviated in a capitals headline, negative cases', () => {
  it('"MAY" and "MAR" before a word in capitals are verbs', () => {
    expect(texts('BANKS MAY RAISE RATES\n\nLONDON, Feb 11 - Banks may raise rates.')).not.toContain('MAY');
    expect(texts('STRIKES MAR RESULTS\n\nLONDON, Feb 11 - Strikes hurt results.')).not.toContain('MAR');
  });

  it('a company\'s initials in a line of mixed case are no month', () => {
    expect(texts('Digital Equipment Corp DEC SHARES rose today.')).not.toContain('DEC');
  });
});
