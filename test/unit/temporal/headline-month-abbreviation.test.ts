import { describe, expect, it } from 'vitest';
import { tagTimexes } from '../../../src/lib/temporal/index';

// A wire headline in capitals names the month of its figures by the abbreviation before their noun
// ("U.S. FEB INDUSTRIAL PRODUCTION ROSE", reuters/check; "U.S. FEB CONSUMER CREDIT ROSE",
// reuters/fresh7). Headlines written for these tests.
const pairs = (text: string, published: string) => tagTimexes(text, published).map((t) => [t.text, t.value]);

describe('tagTimexes: a month abbreviated in a capitals headline', () => {
  it('"CANADA JAN HOUSING STARTS FELL" is the January just gone', () => {
    expect(pairs('CANADA JAN HOUSING STARTS FELL 4.1 PCT\n\nOTTAWA, Feb 11 - Housing starts fell in January.', '1988-02-11')).toContainEqual(['JAN', '1988-01']);
  });

  it('"U.S. NOV FACTORY ORDERS" in January is last year\'s November', () => {
    expect(pairs('U.S. NOV FACTORY ORDERS ROSE 1.2 PCT\n\nWASHINGTON, Jan 5 - Orders rose.', '1988-01-05')).toContainEqual(['NOV', '1987-11']);
  });
});
