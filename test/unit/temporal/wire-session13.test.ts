import { describe, expect, it } from 'vitest';
import { tagTimexes } from '../../../src/lib/temporal/index';

// Issue 16's classes as reuters/fresh7 showed them after its first score (statistics stories'
// quarters, the verb group of a forecast, comparisons, spurious adjectives and initials).
// Sentences written for these tests.
const values = (text: string, published: string) => tagTimexes(text, published).map((t) => [t.text, t.value]);

describe('tagTimexes: the quarter a statistics story sets its latest one against', () => {
  it('a noun in -ing is the subject of the verb after it: "borrowing climbed 4.1 billion dlrs" is a past act', () => {
    expect(values('Business borrowing climbed 4.1 billion dlrs in the fourth quarter after a drop in the third quarter.', '1988-02-20')).toEqual([
      ['the fourth quarter', '1987-Q4'],
      ['the third quarter', '1987-Q3'],
    ]);
  });

  it('and so is "the fighting erupted in March": a noun in -ing, then its verb and the date\'s preposition', () => {
    expect(values('The rebels hold the northern valley, where the fighting erupted in March.', '1987-11-18')).toEqual([['March', '1987-03']]);
  });

  it('a figure the latest quarter\'s follows or is set against ("in contrast to a gain of 1.2 pct in", "following a rise of") is of a quarter that has ended', () => {
    expect(values('Factory output fell 0.4 pct in the fourth quarter, in contrast to a gain of 1.2 pct in the third quarter.', '1988-02-10').at(1)).toEqual(['the third quarter', '1987-Q3']);
    expect(values('Farm exports shrank 300 mln dlrs in the final quarter following a rise of 2.1 billion dlrs in the third quarter.', '1988-03-02').at(1)).toEqual(['the third quarter', '1987-Q3']);
  });
});

describe('tagTimexes: a forecast\'s verb group, not the participle describing its figures', () => {
  it('"expects to post sharply reduced third-quarter earnings" looks ahead: "reduced" describes the earnings', () => {
    expect(values('The carrier expects to post sharply reduced third-quarter earnings.', '1988-08-10')).toEqual([['third-quarter', '1988-Q3']]);
  });

  it('"should show improved fourth-quarter margins" is the quarter under way', () => {
    expect(values('Analysts said the chain should show improved fourth-quarter margins.', '1987-10-05')).toEqual([['fourth-quarter', '1987-Q4']]);
  });
});

describe('tagTimexes: "last year" set against a quarter\'s figures with no figure between', () => {
  it('"third-quarter volumes compared with last year" is that quarter a year back', () => {
    expect(values('The brewer expects stronger third-quarter volumes compared with last year.', '1988-06-15')).toEqual([
      ['third-quarter', '1988-Q3'],
      ['last year', '1987-Q3'],
    ]);
  });

  it('"Fourth-quarter orders will be higher than last year" likewise', () => {
    expect(values('Fourth-quarter orders will be higher than last year, the maker said.', '1988-11-03').at(1)).toEqual(['last year', '1987-Q4']);
  });
});

describe('tagTimexes: an annual rate is a pace, whatever stands before it', () => {
  it('"The annual rate of increase", "a revised annual rate of 2.4 pct" name no year', () => {
    expect(values('The annual rate of increase in consumer prices was 4.2 pct in March.', '1988-04-20')).toEqual([['March', '1988-03']]);
    expect(values('Output grew at a revised annual rate of 2.4 pct in the second quarter.', '1988-08-25')).toEqual([['the second quarter', '1988-Q2']]);
  });
});

describe('tagTimexes: a tally counted since a date', () => {
  it('"shelled 40 times since October 1985" measures from that month; a later bare month is the story\'s own', () => {
    expect(values('The port has been shelled 40 times since October 1985. In January it was hit again.', '1987-04-02')).toEqual([
      ['October 1985', '1985-10'],
      ['January', '1987-01'],
    ]);
  });
});

describe('tagTimexes: a month\'s abbreviation in capitals inside mixed-case copy', () => {
  it('is a company\'s initials ("compared Wang with DEC", "Orders at DEC and Prime")', () => {
    expect(values('Analysts compared Wang with DEC, whose shares rose on the news.', '1987-05-12')).toEqual([]);
    expect(values('Orders at DEC and Prime rose sharply.', '1987-05-12')).toEqual([]);
  });
});

describe('tagTimexes: the act urged lies ahead of the urging', () => {
  it('"pressure grew on the premier to call a June election" in April is this June', () => {
    expect(values('Pressure grew on the premier to call a June election, party officials said.', '1987-04-09')).toEqual([['June', '1987-06']]);
  });

  it('"urged growers to cut acreage in the second quarter", "called on members to strike on Thursday"', () => {
    expect(values('The ministry urged growers to cut acreage in the second quarter.', '1987-04-14')).toEqual([['the second quarter', '1987-Q2']]);
    expect(values('The union called on members to strike on Thursday.', '1987-04-14')).toEqual([['Thursday', '1987-04-16']]);
  });
});

describe('tagTimexes: a results period named again with its article', () => {
  it('"in the nine months", "the three month period", "the five-month period" are one span with "the" (and "period")', () => {
    expect(tagTimexes('Earnings per share rose in the nine months and fell in the three month period.', '1987-06-02').map((t) => [t.text, t.type, t.value])).toEqual([
      ['the nine months', 'DURATION', 'P9M'],
      ['the three month period', 'DURATION', 'P3M'],
    ]);
    expect(values('Group profit in the five-month period is put at 12 billion yen.', '1987-06-02')).toEqual([['the five-month period', 'P5M']]);
  });
});

describe('tagTimexes: "last year" set against the latest quarter', () => {
  it('"costs in the latest quarter were flat compared with last year" is that quarter a year back', () => {
    const text = 'Dairy Farms said second-quarter profit rose 6%. Costs in the latest quarter were flat compared with last year.';
    expect(values(text, '1990-07-25').at(-1)).toEqual(['last year', '1989-Q2']);
  });
});

describe('tagTimexes: a part of the story\'s day named with "in the"', () => {
  it('"struck the depot in the afternoon" in a past report is that afternoon of the story\'s day', () => {
    expect(tagTimexes('BEIRUT, June 4 - Jets struck the fuel depot in the afternoon, the army said.', '1987-06-04').map((t) => [t.text, t.type, t.value])).toEqual([
      ['June 4', 'DATE', '1987-06-04'],
      ['the afternoon', 'TIME', '1987-06-04TAF'],
    ]);
  });

  it('"late last night" is one span, the night before publication', () => {
    expect(tagTimexes('The strike was called off late last night, a union official said.', '1987-06-04').map((t) => [t.text, t.value])).toEqual([['late last night', '1987-06-03TNI']]);
  });
});

describe('tagTimexes: "a year ago" dating an act in a results sentence', () => {
  it('"helped by a cost program launched a year ago" is the year of the launch, no comparison of figures', () => {
    expect(values('Harbor Mills said third-quarter net rose 8 pct to 4.1 mln dlrs, helped by a cost program launched a year ago.', '1988-10-20').at(-1)).toEqual(['a year ago', '1987']);
  });
});
