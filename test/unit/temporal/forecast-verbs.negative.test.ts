import { describe, expect, it } from 'vitest';
import { tagTimexes } from '../../../src/lib/temporal/index';

// What the rules of this class must leave alone. The class: the verb group of a forecast or a plan:
// the past of a verb of forecasting dates the forecast made, a participle describing figures is no
// verb group, "due to" before a noun phrase gives a cause and before a verb a plan (issue 16).
// Sentences written for these tests.
const WED = '1987-05-13'; // a Wednesday
const values = (text: string, published = WED) => tagTimexes(text, published).map((t) => [t.text, t.value]);

describe('tagTimexes: a forecast for a month ahead', () => {
  it('"it forecast for November" still looks ahead to its month', () => {
    expect(values('Output will be lower than it forecast for November.')).toEqual([['November', '1987-11']]);
  });
});

describe('tagTimexes: participles that stay verbs, and ones that stay describing words', () => {
  it('a past verb right before the period keeps its past ("reported improved second-quarter traffic" in March is last year\'s)', () => {
    expect(values('The airline reported improved second-quarter traffic.', '1987-03-20')).toEqual([['second-quarter', '1986-Q2']]);
  });

  it('after a participle in -ing before a noun, the participle still describes ("using leased aircraft in June")', () => {
    expect(values('The agency is using leased aircraft in June.', '1987-02-10')).toEqual([['June', '1987-06']]);
  });

  it('a participle after a noun in -ing that opens an appointment stays describing ("a special meeting called for December 4" lies ahead)', () => {
    expect(values('Holders will vote at a special meeting called for December 4.', '1987-11-18')).toEqual([['December 4', '1987-12-04']]);
  });

  it('a participle after a linking verb is a state ("to remain closed through Wednesday")', () => {
    expect(values('Officials ordered the shops to remain closed through Wednesday.', '1987-11-16')).toEqual([['Wednesday', '1987-11-18']]);
  });

  it('a forecast\'s base after "after" keeps the forecast\'s quarter', () => {
    expect(values('GNP will grow 2 pct in the first quarter after 1.5 pct in the fourth quarter, the forecasters said.', '1987-10-20')).toEqual([
      ['the first quarter', '1988-Q1'],
      ['the fourth quarter', '1987-Q4'],
    ]);
  });
});

describe('tagTimexes: "due to" before a verb is still a plan', () => {
  it('"is due to reopen in October" lies ahead', () => {
    expect(values('The smelter is due to reopen in October.', '1987-05-04')).toEqual([['October', '1987-10']]);
  });

  it('"are due to be announced in September" lies ahead', () => {
    expect(values('Results are due to be announced in September.', '1987-05-04')).toEqual([['September', '1987-09']]);
  });
});

describe('tagTimexes: a forecast\'s look ahead stays where no act of forecasting is dated', () => {
  it('"is predicted to ease in August" and "predicted that rates would fall in August" look ahead', () => {
    expect(values('Inflation is predicted to ease in August.', '1987-05-04')).toEqual([['August', '1987-08']]);
    expect(values('The bank predicted that rates would fall in August.', '1987-05-04')).toEqual([['August', '1987-08']]);
  });
});

describe('tagTimexes: a date a participle governs is not dated by a verb of forecasting after it', () => {
  it('"the planting season starting in May predicted a record crop" keeps May ahead', () => {
    expect(values('The ministry in its outlook for the planting season starting in May predicted a record crop.', '1987-03-02')).toEqual([['May', '1987-05']]);
  });
});

describe('tagTimexes: the modal before a trade\'s verb stays a modal', () => {
  it('"Growers may export more" and "rates may adjusted" name no month', () => {
    expect(values('Growers may export more coffee this season.', '1987-05-06').map(([text]) => text)).not.toContain('may');
    expect(values('Brokers said quotas may import less.', '1987-05-06')).toEqual([]);
  });
});
