import { describe, expect, it } from 'vitest';
import { tagTimexes } from '../../../src/lib/temporal/index';

// A month or a month-day beside a wire story's figures: a month named before or after its figure or
// before a trade's or a statistic's noun, a figure after a month and a comma (no day), two digits
// after a month-day (a figure, no year), an airline's month beside its traffic (issue 16, read on
// the 1987 wire splits reuters/fresh6-fresh11 after their first scores). Sentences written for these
// tests; negative cases in month-figures.negative.test.ts.
const WED = '1987-05-13'; // a Wednesday
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

describe('tagTimexes: a figure after a month and a comma is no day', () => {
  it('"in June, 14.2 pct of the workforce" is June, and 14 no day of it', () => {
    expect(values('The agency said that in June, 14.2 pct of the workforce was idle.', '1987-07-20')).toEqual([['June', '1987-06']]);
  });
});

describe('tagTimexes: a month named before a trade\'s or a statistic\'s noun', () => {
  it('"could suspend June export registrations" and a headline\'s "DUTCH APRIL ADJUSTED JOBLESS" are months', () => {
    expect(values('The institute could suspend June export registrations on Monday, traders said.', '1987-05-06').at(0)).toEqual(['June', '1987-06']);
    expect(values('DUTCH APRIL ADJUSTED JOBLESS RISES', '1987-05-12')).toEqual([['APRIL', '1987-04']]);
  });
});

describe('tagTimexes: an airline\'s month before or after its traffic figures', () => {
  it('"U.S. AIR MAY LOAD FACTOR", "its May traffic" and "revenue miles for May" are May', () => {
    expect(values('PIEDMONT MAY LOAD FACTOR RISES\n\nPiedmont said its May traffic rose 9 pct. Revenue passenger miles for May were up 11 pct.', '1987-06-09').map((v) => v[1])).toEqual(['1987-05', '1987-05', '1987-05']);
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
