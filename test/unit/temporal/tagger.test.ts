import { describe, expect, it } from 'vitest';
import { tagged } from './helpers';

// Wednesday 2025-11-05 unless a case says otherwise. Sentences are written for these tests.
const WED = '2025-11-05';

type Case = [string, string, string, string, { type: string; value: string; mod?: string }];

const cases: Case[] = [
  // weekdays and tense
  ["'on Tuesday' in past-tense text of Wednesday 2025-11-05 is the day before", 'The council voted on Tuesday to close the bridge.', WED, 'Tuesday', { type: 'DATE', value: '2025-11-04' }],
  ["'will meet on Friday' is the coming Friday 2025-11-07", 'The two envoys will meet on Friday in Geneva.', WED, 'Friday', { type: 'DATE', value: '2025-11-07' }],
  ["'on Monday' after 'is scheduled' is the next Monday", 'A hearing is scheduled for Monday.', WED, 'Monday', { type: 'DATE', value: '2025-11-10' }],
  ["a past 'Wednesday' in an article of a Wednesday is that day", 'Shares slid on Wednesday after the report.', WED, 'Wednesday', { type: 'DATE', value: '2025-11-05' }],
  ["'said on Thursday that it will open in March': Thursday is past", 'The firm said on Thursday that it will open a plant in March.', WED, 'Thursday', { type: 'DATE', value: '2025-10-30' }],
  ["'said on Thursday that it will open in March': March is next March", 'The firm said on Thursday that it will open a plant in March.', WED, 'March', { type: 'DATE', value: '2026-03' }],
  ["a projected weekday of publication's own name is publication day", 'The Senate will vote Wednesday on the bill.', WED, 'Wednesday', { type: 'DATE', value: '2025-11-05' }],
  ["'next Wednesday' in a Wednesday article is a week later", 'The Senate votes next Wednesday.', WED, 'next Wednesday', { type: 'DATE', value: '2025-11-12' }],
  ["a weekday inside a past relative clause stays past though the main clause looks ahead", 'The driver, who was stopped Sunday, will face a judge Monday.', WED, 'Sunday', { type: 'DATE', value: '2025-11-02' }],
  ["the main clause's weekday looks ahead", 'The driver, who was stopped Sunday, will face a judge Monday.', WED, 'Monday', { type: 'DATE', value: '2025-11-10' }],
  ["'last Friday' is the Friday before publication", 'Prices peaked last Friday.', WED, 'last Friday', { type: 'DATE', value: '2025-10-31' }],
  ["'next Tuesday' is the Tuesday after publication", 'Voting opens next Tuesday.', WED, 'next Tuesday', { type: 'DATE', value: '2025-11-11' }],
  ["'Saturday night' in a past sentence is a TIME with the night part", 'Two men were arrested Saturday night.', WED, 'Saturday night', { type: 'TIME', value: '2025-11-01TNI' }],
  // relative periods
  ["'last week' in an article of Wednesday 2025-11-05 is 2025-W44", 'Exports fell sharply last week.', WED, 'last week', { type: 'DATE', value: '2025-W44' }],
  ["'next week' is 2025-W46", 'The board reconvenes next week.', WED, 'next week', { type: 'DATE', value: '2025-W46' }],
  ["'this year' is 2025", 'Inflation has eased this year.', WED, 'this year', { type: 'DATE', value: '2025' }],
  ["'last month' is 2025-10", 'Rents rose last month.', WED, 'last month', { type: 'DATE', value: '2025-10' }],
  ["'next month' in December rolls into the next year", 'The law takes effect next month.', '2025-12-10', 'next month', { type: 'DATE', value: '2026-01' }],
  ["'last weekend' is the weekend of 2025-W44", 'Storms hit the coast last weekend.', WED, 'last weekend', { type: 'DATE', value: '2025-W44-WE' }],
  ["'this weekend' is the weekend of the publication week", 'Crowds are expected this weekend.', WED, 'this weekend', { type: 'DATE', value: '2025-W45-WE' }],
  ["'over the weekend' in a past sentence is the weekend just gone", 'Rescuers worked over the weekend.', WED, 'the weekend', { type: 'DATE', value: '2025-W44-WE' }],
  ["'over the past year' is the DURATION P1Y up to publication", 'Rents climbed 9% over the past year.', WED, 'the past year', { type: 'DURATION', value: 'P1Y' }],
  ["'the last week of March 2009' is the ISO week holding most of it", 'Car sales rebounded in the last week of March 2009.', WED, 'the last week of March 2009', { type: 'DATE', value: '2009-W13' }],
  ["'the first week of June' in a projected sentence is next June's", 'The ferry will resume in the first week of June.', WED, 'the first week of June', { type: 'DATE', value: '2026-W23' }],
  ["'last quarter' is 2025-Q3", 'Profit doubled last quarter.', WED, 'last quarter', { type: 'DATE', value: '2025-Q3' }],
  // casual days
  ["'yesterday' is the day before publication", 'The minister resigned yesterday.', WED, 'yesterday', { type: 'DATE', value: '2025-11-04' }],
  ["'today' is the publication date itself", 'The museum reopens today.', WED, 'today', { type: 'DATE', value: '2025-11-05' }],
  ["'tomorrow' is the day after publication", 'Schools close tomorrow.', WED, 'tomorrow', { type: 'DATE', value: '2025-11-06' }],
  ["'this morning' is a TIME with part of day MO", 'Police sealed the road this morning.', WED, 'this morning', { type: 'TIME', value: '2025-11-05TMO' }],
  ["'tonight' is a TIME with part of day NI", 'The verdict is due tonight.', WED, 'tonight', { type: 'TIME', value: '2025-11-05TNI' }],
  // N units ago / later
  ["'three years ago' is a year value", 'The mine shut three years ago.', WED, 'three years ago', { type: 'DATE', value: '2022' }],
  ["'two days ago' is a day value", 'The ferry sank two days ago.', WED, 'two days ago', { type: 'DATE', value: '2025-11-03' }],
  ["'six months from now' is a month value", 'Elections are six months from now.', WED, 'six months from now', { type: 'DATE', value: '2026-05' }],
  ["'decades ago' with no count is PAST_REF", 'The canal was dug decades ago.', WED, 'decades ago', { type: 'DATE', value: 'PAST_REF' }],
  // months and years
  ["a bare month in a past statement is the most recent one", 'The strike began in September.', WED, 'September', { type: 'DATE', value: '2025-09' }],
  ["a bare month in a projected statement is the next one", 'The new line is expected to open in February.', WED, 'February', { type: 'DATE', value: '2026-02' }],
  ["a bare month in a present statement is the nearest one", 'The deadline is in March.', WED, 'March', { type: 'DATE', value: '2026-03' }],
  ["a bare month with no verb at all is the nearest one", 'Budget talks: Parliament, February.', WED, 'February', { type: 'DATE', value: '2026-02' }],
  ["'to be held in April' points ahead", 'A referendum is to be held in April.', WED, 'April', { type: 'DATE', value: '2026-04' }],
  ["a sentence opening on 'May' with a verb is the month", 'May was the wettest month on record.', WED, 'May', { type: 'DATE', value: '2025-05' }],
  ["'the August session' is the month", 'Lawmakers skipped the August session.', WED, 'August', { type: 'DATE', value: '2025-08' }],
  ["a month with a day and year is that day", 'The treaty was signed on June 4, 1998.', WED, 'June 4, 1998', { type: 'DATE', value: '1998-06-04' }],
  ["a month with a year is that month", 'Construction started in May 2019.', WED, 'May 2019', { type: 'DATE', value: '2019-05' }],
  ["'October of next year' takes next year", 'Leases expire after October of next year.', WED, 'October', { type: 'DATE', value: '2026-10' }],
  ["a bare year 'in 2008' is that year", 'The bank failed in 2008.', WED, '2008', { type: 'DATE', value: '2008' }],
  ["an apostrophe year after 'in' is a year", "The club last won the title in '97.", WED, "'97", { type: 'DATE', value: '1997' }],
  // seasons, quarters, halves, decades
  ["'last summer' in November 2025 is 2025-SU", 'The drought last summer cut yields.', WED, 'last summer', { type: 'DATE', value: '2025-SU' }],
  ["'last summer' in spring 2025 is 2024-SU", 'The drought last summer cut yields.', '2025-04-10', 'last summer', { type: 'DATE', value: '2024-SU' }],
  ["'next spring' is 2026-SP", 'The bridge will reopen next spring.', WED, 'next spring', { type: 'DATE', value: '2026-SP' }],
  ["a season with a year is that season", 'Trials ran through the winter of 2023.', WED, 'the winter of 2023', { type: 'DATE', value: '2023-WI' }],
  ["'the third quarter' reported in November is 2025-Q3", 'Sales grew 4% in the third quarter.', WED, 'the third quarter', { type: 'DATE', value: '2025-Q3' }],
  ["'Q3' alone reported in November is 2025-Q3", 'Revenue dipped in Q3.', WED, 'Q3', { type: 'DATE', value: '2025-Q3' }],
  ["'the first quarter of next year' is 2026-Q1", 'Deliveries resume in the first quarter of next year.', WED, 'the first quarter of next year', { type: 'DATE', value: '2026-Q1' }],
  ["'the first half of 2024' is 2024-H1", 'Losses narrowed in the first half of 2024.', WED, 'the first half of 2024', { type: 'DATE', value: '2024-H1' }],
  ["'the 1990s' is the decade 199", 'The factory thrived in the 1990s.', WED, 'the 1990s', { type: 'DATE', value: '199' }],
  ["'the 21st century' is century 20", 'It is the worst flood of the 21st century.', WED, 'the 21st century', { type: 'DATE', value: '20' }],
  // early / mid / late and ends of periods
  ["'early next year' is 2026 with mod START", 'A verdict is expected early next year.', WED, 'early next year', { type: 'DATE', value: '2026', mod: 'START' }],
  ["'late 2019' is 2019 with mod END", 'The virus emerged in late 2019.', WED, 'late 2019', { type: 'DATE', value: '2019', mod: 'END' }],
  ["'mid-2027' is 2027 with mod MID", 'The line should be finished by mid-2027.', WED, 'mid-2027', { type: 'DATE', value: '2027', mod: 'MID' }],
  ["'the end of the month' is the publication month with mod END", 'Payments stop at the end of the month.', WED, 'the end of the month', { type: 'DATE', value: '2025-11', mod: 'END' }],
  // references
  ["'now' is PRESENT_REF", 'The town is now under curfew.', WED, 'now', { type: 'DATE', value: 'PRESENT_REF' }],
  ["'currently' is PRESENT_REF", 'Twelve ships are currently at anchor.', WED, 'currently', { type: 'DATE', value: 'PRESENT_REF' }],
  ["'soon' is FUTURE_REF", 'Talks will resume soon.', WED, 'soon', { type: 'DATE', value: 'FUTURE_REF' }],
  ["'in the future' tags 'the future' as FUTURE_REF", 'Fares may rise in the future.', WED, 'the future', { type: 'DATE', value: 'FUTURE_REF' }],
  ["'recently' is PAST_REF", 'The mayor recently visited the site.', WED, 'recently', { type: 'DATE', value: 'PAST_REF' }],
  ["'in the past' tags 'the past' as PAST_REF", 'Such floods were rare in the past.', WED, 'the past', { type: 'DATE', value: 'PAST_REF' }],
  // durations
  ["'three months' is P3M", 'The inquiry lasted three months.', WED, 'three months', { type: 'DURATION', value: 'P3M' }],
  ["'for two years' tags 'two years' as P2Y", 'He led the agency for two years.', WED, 'two years', { type: 'DURATION', value: 'P2Y' }],
  ["'five hours' is PT5H", 'The standoff ended after five hours.', WED, 'five hours', { type: 'DURATION', value: 'PT5H' }],
  ["'ten days' is P10D", 'Ten days of rain flooded the valley.', WED, 'Ten days', { type: 'DURATION', value: 'P10D' }],
  ["'a week' is P1W", 'The festival runs for a week.', WED, 'a week', { type: 'DURATION', value: 'P1W' }],
  ["'a decade' is ten years, P10Y", 'The dispute dragged on for a decade.', WED, 'a decade', { type: 'DURATION', value: 'P10Y' }],
  ["'the past five years' is the DURATION P5Y", 'Output doubled over the past five years.', WED, 'the past five years', { type: 'DURATION', value: 'P5Y' }],
  ["a hyphenated '12-year' is P12Y", 'It ends a 12-year rivalry.', WED, '12-year', { type: 'DURATION', value: 'P12Y' }],
  ["the first count of 'between 30 and 45 days' is a duration of days", 'Repairs need between 30 and 45 days.', WED, '30', { type: 'DURATION', value: 'P30D' }],
  ["'week-long' is P1W without its article", 'A week-long strike shut the port.', WED, 'week-long', { type: 'DURATION', value: 'P1W' }],
  ["'$2 billion a year' has the SET 'a year'", 'The contract is worth $2 billion a year.', WED, 'a year', { type: 'SET', value: 'P1Y' }],
  ["'for years' is an unknown count of years", 'Residents have complained for years.', WED, 'years', { type: 'DURATION', value: 'PXY' }],
  // sets
  ["'every week' is SET P1W", 'The committee meets every week.', WED, 'every week', { type: 'SET', value: 'P1W' }],
  ["'daily' is SET P1D", 'The ferry sails daily.', WED, 'daily', { type: 'SET', value: 'P1D' }],
  ["'annually' is SET P1Y", 'The prize is awarded annually.', WED, 'annually', { type: 'SET', value: 'P1Y' }],
  ["'each year' is SET P1Y", 'Thousands visit each year.', WED, 'each year', { type: 'SET', value: 'P1Y' }],
  ["'annual profit' is a DURATION of a year", 'The bank posted its first annual profit.', WED, 'annual', { type: 'DURATION', value: 'P1Y' }],
  // times
  ["'at 3 p.m. on Monday' is TIME 2025-11-03T15:00", 'The fire started at 3 p.m. on Monday.', WED, '3 p.m. on Monday', { type: 'TIME', value: '2025-11-03T15:00' }],
  ["a time with UTC is written in UTC with Z", 'The launch came at 14:30 UTC.', WED, '14:30 UTC', { type: 'TIME', value: '2025-11-05T14:30Z' }],
  ["a time in a local zone keeps its clock", 'Trading halted at 10:00 EST.', WED, '10:00 EST', { type: 'TIME', value: '2025-11-05T10:00' }],
  ["a GMT time with an offset is converted to UTC", 'The jet landed at 6:40 p.m. (GMT+8).', WED, '6:40 p.m. (GMT+8)', { type: 'TIME', value: '2025-11-05T10:40Z' }],
  ["a clock time before 'tonight' is one TIME that night", 'Kick-off is at 7:45pm tonight.', WED, '7:45pm tonight', { type: 'TIME', value: '2025-11-05T19:45' }],
  ["a zone in parentheses after a local time joins it", 'The blast came at 9 p.m. local time (1300 GMT).', WED, '1300 GMT', { type: 'TIME', value: '2025-11-05T13:00Z' }],
  ["a wire-style '0930 GMT' is a TIME", 'The ship docked at 0930 GMT.', WED, '0930 GMT', { type: 'TIME', value: '2025-11-05T09:30Z' }],
  // more news forms
  ["'this past week' is the week before publication", 'Rain fell all this past week.', WED, 'this past week', { type: 'DATE', value: '2025-W44' }],
  // TimeML writes a vague stretch ahead of now as FUTURE_REF, not a duration (issue 16)
  ["'the coming weeks' is a vague future reference", 'Layoffs are expected in the coming weeks.', WED, 'the coming weeks', { type: 'DATE', value: 'FUTURE_REF' }],
  ["'late Tuesday' is Tuesday with mod END", 'The ceasefire collapsed late Tuesday.', WED, 'late Tuesday', { type: 'DATE', value: '2025-11-04', mod: 'END' }],
  ["'the early 1990s' is the decade with mod START", 'Growth stalled in the early 1990s.', WED, 'the early 1990s', { type: 'DATE', value: '199', mod: 'START' }],
  ["'at noon Friday' is TIME 12:00 on the coming Friday", 'Polls will close at noon Friday.', WED, 'noon Friday', { type: 'TIME', value: '2025-11-07T12:00' }],
  // TimeML values a fiscal year as the year it is named by (issue 16)
  ["'fiscal 2024' is the year 2024", 'Losses widened in fiscal 2024.', WED, 'fiscal 2024', { type: 'DATE', value: '2024' }],
  ["a past 'Christmas' in November is last year's", 'Toy sales slumped over Christmas.', WED, 'Christmas', { type: 'DATE', value: '2024-12-25' }],
  ["a projected 'Thanksgiving' is this year's fourth Thursday of November", 'Airports will be packed on Thanksgiving.', WED, 'Thanksgiving', { type: 'DATE', value: '2025-11-27' }],
  ["'Easter 2024' is Sunday 2024-03-31", 'The shrine reopened at Easter 2024.', WED, 'Easter 2024', { type: 'DATE', value: '2024-03-31' }],
  ["a past 'Labor Day' is the first Monday of September", 'The strike began on Labor Day.', WED, 'Labor Day', { type: 'DATE', value: '2025-09-01' }],
  ["'every Monday' is SET XXXX-WXX-1", 'The market opens every Monday.', WED, 'every Monday', { type: 'SET', value: 'XXXX-WXX-1' }],
  ["'each spring' is SET XXXX-SP", 'The river floods each spring.', WED, 'each spring', { type: 'SET', value: 'XXXX-SP' }],
  ["a month closed off by a comma keeps its own verb: 'shut since August, would reopen'", 'The pier, shut since August, would reopen later.', WED, 'August', { type: 'DATE', value: '2025-08' }],
  ["'N years ago this month' is read as 'N years ago'", 'The paper was founded 40 years ago this month.', WED, '40 years ago', { type: 'DATE', value: '1985' }],
  ["'earlier in the week' tags 'the week' as the publication week", 'Ministers met earlier in the week.', WED, 'the week', { type: 'DATE', value: '2025-W45' }],
  // a stretch of unknown weeks up to now, a duration as TimeML writes "recent months" (issue 16)
  ["'in recent weeks' tags 'recent weeks' as a duration of unknown weeks", 'Attacks have grown in recent weeks.', WED, 'recent weeks', { type: 'DURATION', value: 'PXW' }],
  ["'the 1800s' is the century 18", 'The mill was built in the 1800s.', WED, 'the 1800s', { type: 'DATE', value: '18' }],
  ["'9/11' alone is the 2001 attacks", 'Airport checks have tightened since 9/11.', WED, '9/11', { type: 'DATE', value: '2001-09-11' }],
  ["a yearless slash date after 'on' is kept", 'The board met on 3/4 to vote.', WED, '3/4', { type: 'DATE', value: '2025-03-04' }],
  // anaphoric day
  ["'in morning trading' is the morning of the last day named", 'Shares jumped on Monday, then slipped back in morning trading.', WED, 'morning', { type: 'TIME', value: '2025-11-03TMO' }],
  ["'the day' in a market report is the last day named", 'On Monday the index slid, and it ended the day 2% lower.', WED, 'the day', { type: 'DATE', value: '2025-11-03' }],
];

// Dates that count from the story's own time: the last date the article named.
const anchored: Case[] = [
  ["'two days later' counts from the last day named", 'The dam was inspected on May 2, 2023. Two days later it burst.', WED, 'Two days later', { type: 'DATE', value: '2023-05-04' }],
  ["'the next day' counts from the last day named", 'Talks collapsed on Monday; the next day the envoy flew home.', WED, 'the next day', { type: 'DATE', value: '2025-11-04' }],
  ["'the following year' counts from the last year named", 'The clinic opened in 2016 and the following year it doubled in size.', WED, 'the following year', { type: 'DATE', value: '2017' }],
  ["'a year earlier' with no date named counts from publication", 'Turnout was lower than a year earlier.', WED, 'a year earlier', { type: 'DATE', value: '2024' }],
  ["'late in the day' is the story's day with mod END", 'Bonds sold off on Thursday but recovered late in the day.', WED, 'late in the day', { type: 'DATE', value: '2025-10-30', mod: 'END' }],
  ["'for the year' is the last year named", 'The brewer lost money in 2019; for the year, output fell.', WED, 'the year', { type: 'DATE', value: '2019' }],
  ["'in the quarter' is the last quarter named", 'Second-quarter orders slipped, and in the quarter margins shrank.', WED, 'the quarter', { type: 'DATE', value: '2025-Q2' }],
  ["'the same period last year' is the last period named, a year back", 'Exports in August beat the same period last year.', WED, 'the same period last year', { type: 'DATE', value: '2024-08' }],
  ["'the same quarter a year earlier' keeps the quarter", 'Third-quarter margins beat the same quarter a year earlier.', WED, 'the same quarter a year earlier', { type: 'DATE', value: '2024-Q3' }],
  // beside a quarter's figures it is that quarter one year back (issue 16, reportingPeriod.ts)
  ["'year-earlier' beside second-quarter sales is the second quarter one year back", 'Second-quarter sales beat the year-earlier figure.', WED, 'year-earlier', { type: 'DATE', value: '2024-Q2' }],
  ["'year-earlier' with no reported period is the year before the last date named", 'Exports in 2023 beat the year-earlier figure.', WED, 'year-earlier', { type: 'DATE', value: '2022' }],
  ["'two days before' followed by an event is not anchored to the story", 'The vote came two days before the summit opened.', WED, 'two days', { type: 'DURATION', value: 'P2D' }],
  ["'the day before' at a clause end counts from the last day named", 'Rioting broke out on Friday, and looting the day before.', WED, 'the day before', { type: 'DATE', value: '2025-10-30' }],
];

describe('tagTimexes: dates anchored in the story', () => {
  it.each(anchored)('%s', (_name, sentence, published, words, expected) => {
    expect(tagged(sentence, published, words)).toEqual({ text: words, ...expected });
  });
});

describe('tagTimexes: news expressions', () => {
  it.each(cases)('%s', (_name, sentence, published, words, expected) => {
    expect(tagged(sentence, published, words)).toEqual({ text: words, ...expected });
  });
});
