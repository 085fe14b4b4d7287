import { describe, expect, it } from 'vitest';
import { tagTimexes } from '../../../src/lib/temporal/index';

// Issue 16's classes as reuters/fresh11 showed them after its first score: the end of a quarter
// named with a possessive, a year-end with its year, "for the year" beside a year the sentence
// states figures for, the end of a period still under way, an election that may yet be called,
// and an event named again by its weekday. Sentences written for these tests.
const values = (text: string, published: string) => tagTimexes(text, published).map((t) => [t.text, t.value]);
const withMod = (text: string, published: string) => tagTimexes(text, published).map((t) => [t.text, t.value, t.mod ?? '']);

describe('tagTimexes: "quarter\'s end" in a results story', () => {
  it('beside the reported quarter\'s figures it is that quarter, its end', () => {
    expect(withMod('Second-quarter profit rose 9 pct, and deposits stood at 4.1 billion dlrs at quarter\'s end.', '1987-07-21')).toEqual([
      ['Second-quarter', '1987-Q2', ''],
      ["quarter's end", '1987-Q2', 'END'],
    ]);
  });

  it('a comparison after it counts back from that quarter', () => {
    expect(values('Third-quarter net fell 4 pct; reserves were 212 mln dlrs at quarter\'s end against 198 mln a year earlier.', '1987-10-16')).toEqual([
      ['Third-quarter', '1987-Q3'],
      ["quarter's end", '1987-Q3'],
      ['a year earlier', '1986-Q3'],
    ]);
  });

  it('one still to come is the quarter under way', () => {
    expect(values('First-quarter sales rose 3 pct, and the bank expects to close the branch sale by quarter\'s end.', '1987-04-22')).toEqual([
      ['First-quarter', '1987-Q1'],
      ["quarter's end", '1987-Q2'],
    ]);
  });
});

describe('tagTimexes: a year-end with its year', () => {
  it('"by year-end 1988" is one span, the year, its end', () => {
    expect(withMod('The utility said it plans to retire the bonds by year-end 1988.', '1987-06-03')).toEqual([['year-end 1988', '1988', 'END']]);
  });
});

describe('tagTimexes: "for the year" beside a year its sentence states figures for', () => {
  it('is that year, not the month of a sale the story named before', () => {
    const story =
      'The railway sold its hotel chain for 210 mln dlrs in February, 1987.\n' +
      'It wrote down 95 mln dlrs of assets in 1986, producing a net loss of 40 mln dlrs for the year.';
    expect(values(story, '1987-04-02')).toEqual([
      ['February, 1987', '1987-02'],
      ['1986', '1986'],
      ['the year', '1986'],
    ]);
  });
});

describe('tagTimexes: the end of a period still under way', () => {
  it('"the current year ending June" told in the past lies ahead, and so does the year', () => {
    expect(values('Spending rose 4.5 pct in the current year ending June, the treasury said.', '1987-02-11')).toEqual([
      ['the current year', '1987'],
      ['June', '1987-06'],
    ]);
  });

  it('"this fiscal year, which ends September 30" is the end to come', () => {
    expect(values('Revenue was projected at 90 billion pesos for this fiscal year, which ends September 30.', '1987-05-06').map(([, v]) => v)).toContain('1987-09-30');
  });
});

describe('tagTimexes: an election that may yet be called', () => {
  it('"a September election" spoken of in the past tense lies ahead', () => {
    expect(values('Party officials yesterday played down talk of a September election.', '1987-03-12')).toEqual([
      ['yesterday', '1987-03-11'],
      ['September', '1987-09'],
    ]);
  });

  it('"a November general election" after a verb of doubt lies ahead too', () => {
    expect(values('The premier refused to rule out a November general election.', '1987-06-25')).toEqual([['November', '1987-11']]);
  });
});

describe('tagTimexes: an event named again by its weekday', () => {
  it('"Tuesday\'s vote" after "a vote last Tuesday" in a Tuesday story is that earlier Tuesday', () => {
    const story =
      'The council approved the budget in a vote last Tuesday, officials said.\n' +
      'Since Tuesday\'s vote, two members have resigned.';
    expect(values(story, '1987-05-19')).toEqual([
      ['last Tuesday', '1987-05-12'],
      ['Tuesday', '1987-05-12'],
    ]);
  });
});

describe('tagTimexes: a results story\'s period named after the lead compares with it', () => {
  it('a streak and "a year earlier" in the lead are the quarter the story names next, and a year back', () => {
    const story =
      'Coast Savings said it posted record profits for the sixth consecutive quarter, with net rising to 22.4 mln dlrs from 19.1 mln dlrs a year earlier.\n' +
      'Deposits grew to 4.2 billion dlrs in the latest quarter, up from 3.8 billion dlrs a year earlier.';
    expect(values(story, '1987-04-24')).toEqual([
      ['the sixth consecutive quarter', '1987-Q1'],
      ['a year earlier', '1986-Q1'],
      ['the latest quarter', '1987-Q1'],
      ['a year earlier', '1986-Q1'],
    ]);
  });
});

describe('tagTimexes: the end day of a year named by both its calendar years', () => {
  it('"fiscal 1987/88 ending March 31" ends in 1988, "the 1985/86 season to July 31" in 1986', () => {
    expect(values('Tokyo hopes to pass the budget for fiscal 1987/88 ending March 31 by May.', '1987-04-20').slice(0, 2)).toEqual([
      ['fiscal 1987/88', '1987'],
      ['March 31', '1988-03-31'],
    ]);
    expect(values('Cane crushing in the 1985/86 season to July 31 reached 8 mln tonnes.', '1987-02-02')).toEqual([
      ['1985/86', '1985'],
      ['July 31', '1986-07-31'],
    ]);
  });
});

describe('tagTimexes: a midnight that closes its day', () => {
  it('"lapse at midnight October 31" and "by midnight" are the end of the day, T24:00', () => {
    expect(values('The union said the pact would lapse at midnight October 31.', '1987-10-20')).toEqual([['midnight October 31', '1987-10-31T24:00']]);
    expect(values('Negotiators on Tuesday vowed to finish the text by midnight.', '1987-06-09')).toEqual([
      ['Tuesday', '1987-06-09'],
      ['midnight', '1987-06-09T24:00'],
    ]);
  });
});

describe('tagTimexes: a fiscal calendar told as a standing fact', () => {
  it('"whose fiscal year ends May 31" and "Its financial year begins in October" leave the year open', () => {
    expect(values('The software maker, whose fiscal year ends May 31, lifted its forecast.', '1989-11-02')).toEqual([['May 31', 'XXXX-05-31']]);
    expect(values('Its financial year begins in October, a spokesman said.', '1989-11-02')).toEqual([['October', 'XXXX-10']]);
  });
});

describe('tagTimexes: "the year" told in the past is no later than publication\'s', () => {
  it('after a release due next January, "for the year ... reported" is this year', () => {
    expect(values('Audited figures will be published in February. For the year, the group reported a loss of 3 mln dlrs.', '1987-11-10')).toEqual([
      ['February', '1988-02'],
      ['the year', '1987'],
    ]);
  });
});

describe('tagTimexes: two digits after a month-day are a figure, not a year', () => {
  it('"the year ended February 28 10 to 15 pct below" keeps the day in its own year', () => {
    expect(values('The chain said net for the year ended February 28 10 to 15 pct below forecasts.', '1987-03-20').slice(0, 2)).toEqual([
      ['the year', '1987'],
      ['February 28', '1987-02-28'],
    ]);
  });
});
