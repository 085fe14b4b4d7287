import { describe, expect, it } from 'vitest';
import { tagTimexes } from '../../../src/lib/temporal/index';

// Issue 16's classes as reuters/fresh9 showed them after its first score: months of a
// statistics story sent a year ahead by a cause or a forecast's verb, split fiscal years, a
// figure read as a day, comparisons counted from a record's or a change's base, and "the period"
// after a run of weeks or months. Sentences written for these tests.
const values = (text: string, published: string) => tagTimexes(text, published).map((t) => [t.text, t.value]);
const typed = (text: string, published: string) => tagTimexes(text, published).map((t) => [t.text, t.type, t.value]);

describe('tagTimexes: "due to" before a noun phrase gives a cause, not a plan', () => {
  it('"slipped in November due to the dock strike" is last November, a past month', () => {
    expect(values('Steel shipments slipped 6 pct in November due to the dock strike.', '1987-02-12')).toEqual([['November', '1986-11']]);
  });

  it('an adverb of degree before it ("mainly due to") and a participle after it ("due to reduced orders") are causes too', () => {
    expect(values('Freight volumes eased in October, mainly due to weaker grain exports.', '1987-01-20')).toEqual([['October', '1986-10']]);
    expect(values('Mill output dropped in December due to reduced orders.', '1987-02-05')).toEqual([['December', '1986-12']]);
  });
});

describe('tagTimexes: the past of a verb of forecasting dates the forecast made', () => {
  it('"The institute in January predicted growth of 2 pct" is this January, the month the prediction was made', () => {
    expect(values('The institute in January predicted growth of 2 pct for the Dutch economy.', '1987-03-11')).toEqual([['January', '1987-01']]);
  });

  it('"projected" with its subject and object, after its date, is the act of projecting', () => {
    expect(values('The planning board in February projected a trade surplus of 3 billion dlrs.', '1987-04-14')).toEqual([['February', '1987-02']]);
  });
});

describe('tagTimexes: a fiscal year named by both its calendar years', () => {
  it('"fiscal 1988/89" is one DATE, the year it starts in, as "1988/89" is', () => {
    expect(values('The board set its lending targets for fiscal 1988/89 on Tuesday.', '1988-03-30').at(0)).toEqual(['fiscal 1988/89', '1988']);
  });

  it('"the 1985/86 fiscal year" with its comma after it, one span', () => {
    expect(values('Farm income fell in the 1985/86 fiscal year, the ministry said.', '1987-02-02').at(0)).toEqual(['the 1985/86 fiscal year', '1985']);
  });
});

describe('tagTimexes: a meeting\'s date changed, and a split fiscal year named by its first day', () => {
  it('"changed the date of its annual meeting to May 20" moves a plan: the new day lies ahead, whatever the tense', () => {
    expect(values('The company changed the date of its annual meeting to May 20 because of a conflict.', '1987-04-06').at(0)).toEqual(['May 20', '1987-05-20']);
  });

  it('"in late February she predicted a loss": the past of "predicted" after its subject dates the prediction', () => {
    expect(values('The analyst said that in late February she predicted a loss for the group.', '1987-04-06')).toEqual([['late February', '1987-02']]);
  });

  it('"the fiscal year 1988/89 beginning on April 1" is 1988, as written, not the year it ends in', () => {
    expect(values('The new tariffs apply from the fiscal year 1988/89 beginning on April 1.', '1988-02-15').at(0)).toEqual(['fiscal year 1988/89', '1988']);
  });
});

describe('tagTimexes: a figure after a month and a comma is no day', () => {
  it('"in June, 14.2 pct of the workforce" is June, and 14 no day of it', () => {
    expect(values('The agency said that in June, 14.2 pct of the workforce was idle.', '1987-07-20')).toEqual([['June', '1987-06']]);
  });
});

describe('tagTimexes: comparisons count from the period reported, not from a record\'s or a change\'s base', () => {
  it('"a week earlier" after "the highest since April 1979" is a week before the week reported', () => {
    expect(values('Stocks of crude stood at 340 mln barrels on March 6, the highest since April 1979. Gasoline stocks were 2 mln barrels above a week earlier.', '1987-03-11')).toEqual([
      ['March 6', '1987-03-06'],
      ['April 1979', '1979-04'],
      ['a week earlier', '1987-02-27'],
    ]);
  });

  it('"a year ago" after "up 8 pct from mid-March 1986" is no longer counted back from that base (1985-03): the base reports nothing', () => {
    expect(values('Truck makers sold 40,000 units in the March 11-20 period, up 8 pct from mid-March 1986. The selling rate was 7.1 mln against 6.8 mln a year ago.', '1987-03-24').at(-1)).toEqual(['a year ago', '1986']);
  });
});

describe('tagTimexes: two comparisons set side by side count from the same period', () => {
  it('"12 basis points above a month earlier ... nine basis points above a month earlier" after June\'s rate are both May', () => {
    expect(values('Bill yields averaged 6.10 pct in June. The rate on home loans was 12 basis points above a month earlier. The rate on car loans was nine basis points above a month earlier.', '1987-07-06')).toEqual([
      ['June', '1987-06'],
      ['a month earlier', '1987-05'],
      ['a month earlier', '1987-05'],
    ]);
  });
});

describe('tagTimexes: "the period" after a run of weeks or months the story reports is that run', () => {
  it('"the six weeks ended May 2 ... in the period" is six weeks, a DURATION', () => {
    expect(typed('Refinery runs averaged 12.1 mln bpd in the six weeks ended May 2. Imports in the period rose 4 pct.', '1987-05-08')).toEqual([
      ['the six weeks', 'DURATION', 'P6W'],
      ['May 2', 'DATE', '1987-05-02'],
      ['the period', 'DURATION', 'P6W'],
    ]);
  });

  it('after the first seven months of the year, "the period" is seven months', () => {
    expect(typed('Exports totalled 9.1 billion dlrs in the first seven months of 1986. Imports in the period fell to 7.2 billion.', '1986-08-25').at(1)).toEqual(['the period', 'DURATION', 'P7M']);
  });
});

describe('tagTimexes: a month named before a trade\'s or a statistic\'s noun', () => {
  it('"could suspend June export registrations" and a headline\'s "DUTCH APRIL ADJUSTED JOBLESS" are months', () => {
    expect(values('The institute could suspend June export registrations on Monday, traders said.', '1987-05-06').at(0)).toEqual(['June', '1987-06']);
    expect(values('DUTCH APRIL ADJUSTED JOBLESS RISES', '1987-05-12')).toEqual([['APRIL', '1987-04']]);
  });
});

describe('tagTimexes: "last year" beside a quarter named with its end day is that quarter a year back', () => {
  it('"for the fourth quarter, ended June 30, ... from 210 mln dlrs last year" is the fourth quarter of a year before, not June 30', () => {
    expect(values('Revenues for the fourth quarter, ended June 30, rose to 240 mln dlrs from 210 mln dlrs last year.', '1987-07-09')).toEqual([
      ['the fourth quarter', '1987-Q4'],
      ['June 30', '1987-06-30'],
      ['last year', '1986-Q4'],
    ]);
  });
});

describe('tagTimexes: a change measured from a month of an earlier year sets no narrative year', () => {
  it('"up 6.1 pct from late May 1986" leaves the next bare "May" in the year reported', () => {
    expect(values('Dealers sold 212,000 trucks in late May, up 6.1 pct from late May 1986. Sales in May were strong, an analyst said.', '1987-06-04')).toEqual([
      ['late May', '1987-05'],
      ['late May 1986', '1986-05'],
      ['May', '1987-05'],
    ]);
  });
});

describe('tagTimexes: "the same period a year ago" after a run of months is the year the run ends in, a year back', () => {
  it('after February\'s figures, "the first eight months of the fiscal year ... the same period a year ago" is last year, not last February', () => {
    expect(values('The deficit narrowed to 900 mln dlrs in February. In the first eight months of the fiscal year it fell to 14.1 billion dlrs from 15.3 billion dlrs in the same period a year ago.', '1987-04-10').at(-1)).toEqual(['the same period a year ago', '1986']);
  });
});

describe('tagTimexes: "a year earlier" beside a month\'s figures in a story that reports a quarter', () => {
  it('"Store sales rose to 81 mln dlrs in June from 74 mln dlrs a year earlier" after second-quarter figures is last June', () => {
    expect(values('Sales for the second quarter rose 9 pct to 240 mln dlrs. Store sales rose to 81 mln dlrs in June from 74 mln dlrs a year earlier.', '1987-07-08').at(-1)).toEqual(['a year earlier', '1986-06']);
  });
});

describe('tagTimexes: the first month a sentence states is the one its comparison counts back from', () => {
  it('"at end June ... against 2.1 billion at end March and 1.9 billion a year earlier" is last June', () => {
    expect(values('Fourth-quarter net rose 8 pct. Reserves stood at 2.6 billion dlrs at end June against 2.1 billion at end March and 1.9 billion a year earlier.', '1987-07-24').at(-1)).toEqual(['a year earlier', '1986-06']);
  });
});
