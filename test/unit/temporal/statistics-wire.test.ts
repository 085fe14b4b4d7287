import { describe, expect, it } from 'vitest';
import { tagTimexes } from '../../../src/lib/temporal/index';

// How statistics stories on the wire name their periods (issue 16's comparisons and missed
// forms, from reuters/fresh4; the headline's bare period confirmed on reuters/check and fresh):
// a figure set against with words before it ("up from a net outflow of 1.2 billion dlrs in the
// second quarter") is of a quarter already ended; "12 months earlier" beside a month's figures is
// that month a year back, as "a year earlier" is; a quarter named by its last month keeps a year
// written before or after the month ("the 1986 June quarter", "the June 1986 quarter"); "calendar
// 1986" is one span; a capitals headline closing on "IN QUARTER"/"IN WEEK" names the period its
// lead reports; imports, exports, a deficit or surplus forecast for the month just ended are
// that month's, as sales and output are; a revision to a quarter's figures, even one still to
// come, is of a quarter ended; GNP, as GDP, is a figure of the quarter just ended when it is to
// be released; a month a year back set against a figure ("and 12.1 billion in July 1986") is no
// step of a narrative for the next month reported (found on fresh5). Sentences written for these
// tests; Wednesday 1987-08-12.
const WED = '1987-08-12';
const values = (text: string) => tagTimexes(text, WED).map((t) => [t.text, t.value]);
const valueOf = (text: string, words: string) => tagTimexes(text, WED).find((t) => t.text === words)?.value;

describe('tagTimexes: periods of wire statistics stories', () => {
  it('"up from a net outflow of X in the fourth quarter" is the quarter already ended', () => {
    expect(valueOf('In the capital account there was a net inflow of 2.1 billion dlrs, up from a net outflow of 1.2 billion dlrs in the fourth quarter.', 'the fourth quarter')).toBe('1986-Q4');
  });

  it('"12 months earlier" after a month\'s figures is that month a year back', () => {
    expect(values('Steel output rose 2.3 pct in July after falling 1.1 pct a month earlier and was 6.0 pct higher than 12 months earlier.')).toEqual([
      ['July', '1987-07'], ['a month earlier', '1987-06'], ['12 months earlier', '1986-07'],
    ]);
  });

  it('a quarter named by its last month keeps the year written before it or after the month', () => {
    expect(values('Exports for the June 1987 quarter were 3.1 billion dlrs. The 1986 June quarter showed a surplus.')).toEqual([
      ['the June 1987 quarter', '1987-Q2'], ['The 1986 June quarter', '1986-Q2'],
    ]);
  });

  it('"calendar 1986" is one span, the year', () => {
    expect(values('Borrowing for calendar 1986 totalled 4.2 billion dlrs.')).toEqual([['calendar 1986', '1986']]);
  });

  it('a capitals headline closing on "IN QUARTER" is the quarter its lead reports', () => {
    const story = 'SWEDISH TRADE SURPLUS WIDENS IN QUARTER\n\nSTOCKHOLM, Aug 12 - Sweden\'s trade surplus widened to 6.1 billion crowns in the second quarter from 4.0 billion in the first quarter.\n';
    expect(values(story)[0]).toEqual(['QUARTER', '1987-Q2']);
  });

  it('a trade figure for the month just ended, forecast, is that month, not next year\'s', () => {
    expect(values('Lower grain exports in July should widen the deficit, economists said.')).toEqual([['July', '1987-07']]);
  });

  it('a revision to a quarter\'s figures still to come revises a quarter already ended', () => {
    expect(values('Next month\'s revision to second quarter gross national product will draw little interest, analysts said.')).toEqual([['Next month', '1987-09'], ['second quarter', '1987-Q2']]);
  });

  it('second-quarter GNP to be released is the quarter just ended, as GDP is', () => {
    expect(values('The Commerce Department will publish its second-quarter GNP estimate next week.')[0]).toEqual(['second-quarter', '1987-Q2']);
  });

  it('"gross national product" written out names the figures too', () => {
    expect(values('Forecasters expect second-quarter gross national product to grow 2.5 pct.')).toEqual([['second-quarter', '1987-Q2']]);
  });

  it('a month compared with a year back does not carry the next month reported into that year', () => {
    const story = 'Bank lending grew to 14.2 billion dlrs from 13.9 billion in June and 12.1 billion in July 1986. Consumer credit grew 2.1 pct in July, the bank said.';
    expect(values(story).map(([, value]) => value)).toEqual(['1987-06', '1986-07', '1987-07']);
  });

  it('"IN WEEK" passes over the week the lead compares with', () => {
    const story = 'AUSTRALIAN BILL RATE EASES IN WEEK\n\nSYDNEY, Aug 12 - The 13-week bill rate eased to 12.10 pct from 12.25 pct the week before, and this week the tender was 400 mln dlrs.\n';
    expect(values(story)[0]).toEqual(['WEEK', '1987-W33']);
  });
});
