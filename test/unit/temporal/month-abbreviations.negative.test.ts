import { describe, expect, it } from 'vitest';
import { tagTimexes } from '../../../src/lib/temporal/index';

// What the rules of this class must leave alone. The class: a month's abbreviation in capitals
// inside mixed-case copy (issue 16). Sentences written for these tests.
const values = (text: string, published: string) => tagTimexes(text, published).map((t) => [t.text, t.value]);

describe('tagTimexes: months\' abbreviations that stay months', () => {
  it('in a headline in capitals, with a day, or written with its point', () => {
    expect(values('U.S. TRADE GAP WIDENED IN DEC', '1987-02-13')).toEqual([['DEC', '1986-12']]);
    expect(values('Payments are due on DEC 15, the agency said.', '1987-11-02')).toEqual([['DEC 15', '1987-12-15']]);
    expect(values('Shipments are due in Dec.', '1987-09-02')).toEqual([['Dec.', '1987-12']]);
  });
});
