import { describe, expect, it } from 'vitest';
import { tagTimexes } from '../../../src/lib/temporal/index';

// What the rules of wire-session14.test.ts must leave as it was. Sentences written for these tests.
const values = (text: string, published: string) => tagTimexes(text, published).map((t) => [t.text, t.value]);
const typed = (text: string, published: string) => tagTimexes(text, published).map((t) => [t.text, t.type, t.value]);

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

describe('tagTimexes: a slash after a fiscal year that is no split year', () => {
  it('"fiscal 1986/89" names no year that runs across two, and is left out', () => {
    expect(values('Outlays grew in fiscal 1986/89 terms.', '1987-05-04')).toEqual([]);
  });
});

describe('tagTimexes: a day after a month and a comma with no decimal stays a day', () => {
  it('"on June 14, 1986" and "June 14." are days', () => {
    expect(values('The plant closed on June 14, 1986.', '1987-05-04')).toEqual([['June 14, 1986', '1986-06-14']]);
    expect(values('The plant closed on June 14. Output fell.', '1987-07-04')).toEqual([['June 14', '1987-06-14']]);
  });
});

describe('tagTimexes: a date the story moves to still sets its time', () => {
  it('"a month later" after "in March 1985" with no record or change counts from March 1985', () => {
    expect(values('The mine opened in March 1985. A month later it flooded.', '1987-05-04')).toEqual([
      ['March 1985', '1985-03'],
      ['A month later', '1985-04'],
    ]);
  });
});

describe('tagTimexes: "the period" after a quarter is still the quarter', () => {
  it('a quarter named after a run of months takes "the period" back', () => {
    expect(typed('Sales rose in the nine months. Net rose 5 pct in the third quarter, and margins in the period widened.', '1987-10-20').at(-1)).toEqual(['the period', 'DATE', '1987-Q3']);
  });
});

describe('tagTimexes: "the period" of a story that reports a quarter is the quarter, a run of months beside it notwithstanding', () => {
  it('"the quarter ended June 30 ... the six months ended June 30 ... In the period" is the quarter', () => {
    expect(typed('Net income for the quarter ended June 30 rose 9 pct. For the six months ended June 30, net rose 7 pct. In the period, exports grew.', '1987-07-22').at(-1)).toEqual(['the period', 'DATE', '1987-Q2']);
  });
});

describe('tagTimexes: a step of a narrative still carries the story on', () => {
  it('"A month earlier" that opens a sentence, with no figure set against it, sets the time a second step counts from', () => {
    expect(values('The mill closed in June 1985. A month earlier it had cut jobs. A month earlier still, it lost its lender.', '1987-05-04')).toEqual([
      ['June 1985', '1985-06'],
      ['A month earlier', '1985-05'],
      ['A month earlier', '1985-04'],
    ]);
  });
});

describe('tagTimexes: a date a participle governs is not dated by a verb of forecasting after it', () => {
  it('"the planting season starting in May predicted a record crop" keeps May ahead', () => {
    expect(values('The ministry in its outlook for the planting season starting in May predicted a record crop.', '1987-03-02')).toEqual([['May', '1987-05']]);
  });
});

describe('tagTimexes: "the period" with words of its own after it is no reference to a run stated before', () => {
  it('"the period covered by the audit" after "the eight weeks" is not eight weeks', () => {
    expect(typed('Orders fell in the eight weeks to March 1. Most sales in the period covered by the audit were for export.', '1987-03-20').filter(([text]) => text === 'the period')).not.toContainEqual(['the period', 'DURATION', 'P8W']);
  });
});

describe('tagTimexes: the modal before a trade\'s verb stays a modal', () => {
  it('"Growers may export more" and "rates may adjusted" name no month', () => {
    expect(values('Growers may export more coffee this season.', '1987-05-06').map(([text]) => text)).not.toContain('may');
    expect(values('Brokers said quotas may import less.', '1987-05-06')).toEqual([]);
  });
});

describe('tagTimexes: "last year" after a day with no quarter named in its sentence', () => {
  it('"stood at 3.1 billion on June 30, up from 2.8 billion last year" stays the year', () => {
    expect(values('Deposits stood at 3.1 billion on June 30, up from 2.8 billion last year.', '1987-07-09').at(-1)).toEqual(['last year', '1986']);
  });
});

describe('tagTimexes: "a year earlier" beside the quarter\'s own figures stays the quarter', () => {
  it('a sentence with no month of its own compares the quarter reported', () => {
    expect(values('Sales for the second quarter rose 9 pct to 240 mln dlrs. Net income rose to 12 mln dlrs from 10 mln dlrs a year earlier.', '1987-07-08').at(-1)).toEqual(['a year earlier', '1986-Q2']);
  });
});

describe('tagTimexes: months that bound a run name no month of the figures', () => {
  it('"from April through June, against 3.9 billion a year earlier" after a second quarter is the quarter a year back', () => {
    expect(values('Second-quarter sales rose 4 pct. The group earned 4.2 billion from April through June, against 3.9 billion a year earlier.', '1987-07-24').at(-1)).toEqual(['a year earlier', '1986-Q2']);
  });
});
