import { describe, expect, it } from 'vitest';
import { tagTimexes } from '../../../src/lib/temporal/index';

// A per-period adjective that names no time (issue 16's spurious adjectives, read on the
// reuters/check split and confirmed on the wire split): in a streak ("the third consecutive
// weekly rise", "the second quarterly loss in a row") the adjective counts the periods of the
// figures, and "an annual rate of 1.2 mln units" is a pace stated per year. Sentences written
// for these tests.
const MON = '1987-06-15';
const adjectives = (text: string) => tagTimexes(text, MON).filter((t) => /^(?:daily|weekly|monthly|quarterly|annual)$/i.test(t.text));
const values = (text: string, published: string) => tagTimexes(text, published).map((t) => [t.text, t.value]);

describe('tagTimexes: per-period adjectives that are no times', () => {
  it.each([
    ['a streak with "consecutive"', 'Copper prices posted a third consecutive weekly rise.'],
    ['a streak with "straight"', 'The retailer reported its sixth straight quarterly loss.'],
    ['a streak closed by "in a row"', 'Car exports fell 3 pct, the second monthly decline in a row.'],
    ['an annualised pace after "an"', 'Housing starts ran at an annual rate of 1.2 mln units in May.'],
    ['a seasonally adjusted annual pace', 'Sales of new homes rose to a seasonally adjusted annual rate of 700,000.'],
  ])('%s is not tagged', (_name, sentence) => {
    expect(adjectives(sentence)).toEqual([]);
  });
});

// More of this class, read on the 1987 wire splits (reuters/fresh6-fresh11). Sentences written for these tests.

describe('tagTimexes: an annual rate is a pace, whatever stands before it', () => {
  it('"The annual rate of increase", "a revised annual rate of 2.4 pct" name no year', () => {
    expect(values('The annual rate of increase in consumer prices was 4.2 pct in March.', '1988-04-20')).toEqual([['March', '1988-03']]);
    expect(values('Output grew at a revised annual rate of 2.4 pct in the second quarter.', '1988-08-25')).toEqual([['the second quarter', '1988-Q2']]);
  });
});
