import { describe, expect, it } from 'vitest';
import { tagTimexes } from '../../../src/lib/temporal/index';

// Issue 16's classes as reuters/fresh10 showed them after its first score: a quarter named by its
// months or by an ordinal and its year, a day of the month spelled out, a wire dateline's dash
// taken for a span, a level set against at a month's end counted as the story's time, and the
// quarter a results story reports named again with "the end of" or "within". Sentences written
// for these tests.
const values = (text: string, published: string) => tagTimexes(text, published).map((t) => [t.text, t.value]);
const typed = (text: string, published: string) => tagTimexes(text, published).map((t) => [t.text, t.type, t.value]);

describe('tagTimexes: a calendar quarter named by its first and last months', () => {
  it('"July/September exports" is the third quarter, one DATE', () => {
    expect(values('Norway said its July/September exports of salmon climbed 11 pct.', '1987-11-20')).toEqual([['July/September', '1987-Q3']]);
  });

  it('"the October-December period" and "October-December 1986" are the fourth quarter, with "the" and "period" in the span', () => {
    expect(values('Chile posted a copper surplus in the October-December period.', '1987-02-10')).toEqual([['the October-December period', '1986-Q4']]);
    expect(values('Retail volume in October-December 1986 rose 2.1 pct.', '1987-02-10')).toEqual([['October-December 1986', '1986-Q4']]);
  });

  it('"the April through June period in 1986" and "the July-August-September period" are one span each', () => {
    expect(values('Bookings for the April through June period in 1986 slipped 4 pct.', '1987-03-02')).toEqual([['the April through June period in 1986', '1986-Q2']]);
    expect(values('Dealers expect a deficit in the July-August-September period.', '1987-05-12')).toEqual([['the July-August-September period', '1987-Q3']]);
  });

  it('"the April-June second quarter" is that quarter, its months and its name one span', () => {
    expect(values('Orders fell 2 pct in the April-June second quarter, the agency said.', '1987-08-03')).toEqual([['the April-June second quarter', '1987-Q2']]);
  });

  it('a comparison beside such a quarter\'s figures is that quarter a year back', () => {
    expect(values('Oslo said January/March imports rose 6.1 pct from a year ago.', '1987-04-28')).toEqual([
      ['January/March', '1987-Q1'],
      ['a year ago', '1986-Q1'],
    ]);
  });
});

describe('tagTimexes: an ordinal, a year, then the quarter', () => {
  it('"the third 1986 quarter" is 1986-Q3, a DATE, not a count of 1986 quarters', () => {
    expect(typed('Exports dipped 3 pct from the third 1986 quarter, the institute said.', '1987-03-09')).toEqual([['the third 1986 quarter', 'DATE', '1986-Q3']]);
  });

  it('"the first 1987 half" is 1987-H1', () => {
    expect(typed('Margins firmed in the first 1987 half.', '1987-08-14')).toEqual([['the first 1987 half', 'DATE', '1987-H1']]);
  });
});

describe('tagTimexes: a day of the month spelled out after the month, as the wire wrote one to nine', () => {
  it('"holders of record June four" and "payable July nine" are days', () => {
    expect(values('The dividend is payable July nine to holders of record June four.', '1987-05-21')).toEqual([
      ['July nine', '1987-07-09'],
      ['June four', '1987-06-04'],
    ]);
  });

  it('"the four weeks ended May two" ends on that day', () => {
    expect(values('Sales rose 3 pct in the four weeks ended May two from a year earlier.', '1987-05-12').at(1)).toEqual(['May two', '1987-05-02']);
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

describe('tagTimexes: a level set against at a month\'s or a year\'s end is no step of the story', () => {
  it('"down from 41,200 at end-June 1986" leaves the next sentence\'s "end-June" in the month reported', () => {
    expect(values('Belgian jobless fell to 38,900 at end-June, down from 41,200 at end-June 1986.\nVacancies stood at 4,100 at end-June.', '1987-07-09').map((v) => v[1])).toEqual(['1987-06', '1986-06', '1987-06']);
  });

  it('"compared with 610 mln at end-1986 and 580 mln a year earlier" counts the year back from the month reported', () => {
    expect(values('Deposits at the end of June were 640 mln dlrs, compared with 610 mln at end-1986 and 580 mln a year earlier.', '1987-07-15').map((v) => v[1])).toEqual(['1987-06', '1986', '1986-06']);
  });
});

describe('tagTimexes: the quarter a results story reports, named again', () => {
  it('"within the quarter" and "at the end of the quarter" told in the past are the quarter reported', () => {
    expect(values('Shell Canada said second quarter profit rose 9 pct to 61 mln dlrs.\nRefining margins narrowed within the quarter and were lower than a year ago at the end of the quarter.', '1987-07-24')).toEqual([
      ['second quarter', '1987-Q2'],
      ['the quarter', '1987-Q2'],
      ['a year ago', '1986-Q2'],
      ['the end of the quarter', '1987-Q2'],
    ]);
  });
});

describe('tagTimexes: the same period a year back of the quarter its sentence names', () => {
  it('"the October-December deficit ... the same period last year" in a story of December\'s figures is 1985-Q4', () => {
    expect(values('Peru\'s trade deficit in December widened to 40 mln dlrs.\nThe October-December deficit was 95 mln dlrs, above the same period last year.', '1987-02-18').slice(1)).toEqual([
      ['October-December', '1986-Q4'],
      ['the same period last year', '1985-Q4'],
    ]);
  });
});

describe('tagTimexes: an airline\'s month before or after its traffic figures', () => {
  it('"U.S. AIR MAY LOAD FACTOR", "its May traffic" and "revenue miles for May" are May', () => {
    expect(values('PIEDMONT MAY LOAD FACTOR RISES\n\nPiedmont said its May traffic rose 9 pct. Revenue passenger miles for May were up 11 pct.', '1987-06-09').map((v) => v[1])).toEqual(['1987-05', '1987-05', '1987-05']);
  });
});

describe('tagTimexes: "this calendar year", "next calendar year"', () => {
  it('are the year of publication and the one after, as "this year" and "next year" are', () => {
    expect(values('Exports should grow this calendar year and slow next calendar year.', '1987-05-06')).toEqual([
      ['this calendar year', '1987'],
      ['next calendar year', '1988'],
    ]);
  });
});

describe('tagTimexes: a bill\'s or a bond\'s maturity is a term still running', () => {
  it('"bought bills maturing between April 20 and July 20" in a past report lies on or after the deal', () => {
    expect(values('The central bank said it bought 150 mln stg of treasury bills maturing between April 20 and July 20.', '1987-04-02')).toEqual([
      ['April 20', '1987-04-20'],
      ['July 20', '1987-07-20'],
    ]);
  });

  it('"a repurchase pact maturing on June 4" struck in the past matures this year', () => {
    expect(values('The Fed arranged a 30-day repurchase pact maturing on June 4, dealers said.', '1987-05-05').at(-1)).toEqual(['June 4', '1987-06-04']);
  });
});

describe('tagTimexes: a comparison made in words in a results story', () => {
  it('"demand was weaker than a year earlier" after third-quarter figures is that quarter a year back', () => {
    expect(values('Alcoa said third quarter net income rose 12 pct to 80 mln dlrs.\nAluminium demand was weaker than a year earlier, the company said.', '1987-10-14').at(-1)).toEqual(['a year earlier', '1986-Q3']);
  });
});

describe('tagTimexes: "the whole of" a year written', () => {
  it('"the whole of 1985" and "the whole 1985" are one span each, the year', () => {
    expect(values('Lending grew 4 pct for the whole of 1985 and 6 pct in the whole 1985 period.', '1986-02-11')).toEqual([
      ['the whole of 1985', '1985'],
      ['the whole 1985', '1985'],
    ]);
  });
});
