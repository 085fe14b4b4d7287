import { describe, expect, it } from 'vitest';
import { tagTimexes } from '../../../src/lib/temporal/index';

// Wire copy of statistics, results and markets as it writes its dates (issue 16, read on the
// reuters/fresh6 split after its first score; sentences written for these tests, in the style of
// the 1987 wire). Stamp Wednesday 1987-05-13 unless a test says otherwise.
const WED = '1987-05-13';
const values = (text: string, published = WED) => tagTimexes(text, published).map((t) => [t.text, t.value]);
const valueOf = (text: string, words: string, published = WED) => tagTimexes(text, published).find((t) => t.text === words)?.value;

describe('tagTimexes: a month named before or after its figure', () => {
  it('a capitalised "May" or "August" before a figure noun is the month ("May exports", "AUGUST OUTPUT")', () => {
    expect(values('BRUSSELS, May 13 - The agency said April imports fell, while May exports are seen higher.')).toEqual([['May 13', '1987-05-13'], ['April', '1987-04'], ['May', '1987-05']]);
    expect(values('ITALY AUGUST OUTPUT SEEN FLAT', '1987-09-02')).toEqual([['AUGUST', '1987-08']]);
  });

  it('"March" after "figures for" or a figure and "for" is the month reported', () => {
    expect(valueOf('The ministry said the figures for March showed a deficit.', 'March')).toBe('1987-03');
    expect(valueOf('Orders rose 2.1 pct for March, the survey showed.', 'March')).toBe('1987-03');
  });

  it('"a May referendum" after an article is the month, as "the March meeting" is', () => {
    expect(valueOf('Party officials are pressing for a May referendum on the treaty.', 'May')).toBe('1987-05');
  });

  it('a month compared "below the ... level" of an earlier year does not set the year of the next bare month', () => {
    const text = 'WASHINGTON, May 13 - Starts rose in April. The April rise left starts 8.1 pct below the April, 1985, level. Permits issued in April were 91,000.';
    expect(tagTimexes(text, WED).map((t) => t.value)).toEqual(['1987-05-13', '1987-04', '1987-04', '1985-04', '1987-04']);
  });

  it('a month compared "from the ... level in" an earlier year does not set the next bare month\'s year', () => {
    const text = 'The jobless rate in April was down from the 7.1 pct level in April, 1986. Hiring slowed in April.';
    expect(tagTimexes(text, WED).map((t) => t.value)).toEqual(['1987-04', '1986-04', '1987-04']);
  });

  it('a month before "of" and a figure with thousands keeps the figure: "last July of 12,000" is July', () => {
    expect(tagTimexes('It was the biggest drop since a fall last July of 12,000, officials said.', WED).map((t) => [t.value])).toEqual([['1986-07']]);
  });
});

describe('tagTimexes: New York clock times of the wire', () => {
  it('"0930 EST" and "1615 EDT" are clock times in local time', () => {
    expect(tagTimexes('Trading will run from 0930 EST to 1615 EDT, the board said.', WED).map((t) => [t.text, t.type, t.value])).toEqual([
      ['0930 EST', 'TIME', '1987-05-13T09:30'],
      ['1615 EDT', 'TIME', '1987-05-13T16:15'],
    ]);
  });
});

describe('tagTimexes: a weekday in a newspaper\'s name', () => {
  it('"the Sunday Telegraph" and "the Mail on Sunday" are papers; "on Sunday" beside them is the day', () => {
    expect(values('The Sunday Telegraph and the Mail on Sunday both ran the survey on Sunday.', '1987-05-12')).toEqual([['Sunday', '1987-05-10']]);
  });
});

describe('tagTimexes: "current" and "over" in wire copy', () => {
  it('"current" before people of the market is a plain adjective', () => {
    expect(values('The contract should appeal to current market makers, the exchange said.')).toEqual([]);
  });

  it('"the current 1988 fiscal year" gives the fiscal year only, no present reference', () => {
    expect(values('He said revenue in the current 1988 fiscal year would rise.')).toEqual([['1988 fiscal year', '1988']]);
  });

  it('"over" after an amount is the stretch the amount covers: "40 billion dlrs over five years"', () => {
    expect(tagTimexes('The bill cuts spending by 40 billion dlrs over five years.', WED).map((t) => [t.text, t.value, t.mod])).toEqual([['five years', 'P5Y', undefined]]);
  });
});

describe('tagTimexes: "he forecast" told in the past', () => {
  it('"as she forecast in the January statement" is the January gone by, though the sentence looks ahead', () => {
    expect(valueOf('The treasurer said the deficit will narrow to 3.1 billion, as she forecast in the January statement.', 'January')).toBe('1987-01');
  });
});

describe('tagTimexes: a dateline the day before the stamp', () => {
  it('"CHICAGO, May 12 -" under a stamp of May 13 counts "today" and "yesterday" from May 12', () => {
    expect(values('GRAIN FUTURES CLOSE LOWER\n\nCHICAGO, May 12 - Wheat futures fell today after yesterday\'s rally, traders said.\n')).toEqual([
      ['May 12', '1987-05-12'],
      ['today', '1987-05-12'],
      ['yesterday', '1987-05-11'],
    ]);
  });
});

describe('tagTimexes: "this" before a weekday', () => {
  it('"this Thursday" is publication\'s week, not a day after a date the story named', () => {
    const text = 'The inquiry began on 4 March 1986. The two officials are due in court this Thursday.';
    expect(tagTimexes(text, '1987-05-12').map((t) => [t.text, t.value])).toEqual([['4 March 1986', '1986-03-04'], ['this Thursday', '1987-05-14']]);
  });
});
