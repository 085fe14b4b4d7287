import { describe, expect, it } from 'vitest';
import { tagged } from './helpers';

// Time expressions as news and features write them beyond the plain date (issue 16, found
// reading the fourth timeml-news split): ages as nouns, decades and years behind a prefix, a
// bound on a year, vague references to the past and present, whole days, recurring parts of a
// day, a vague count of years counted from the last date named, and the auxiliaries that tell a
// verb group's side. Sentences are written for these tests.
const WED = '2024-10-16';

type Case = [string, string, string, string, { type: string; value: string; mod?: string }];

const cases: Case[] = [
  ["'12-year-olds' as a noun is the age lived", 'The sailing camp takes 12-year-olds only.', WED, '12-year-olds', { type: 'DURATION', value: 'P12Y' }],
  ["'the mid-1980s' is the decade, in its middle", 'Rents climbed steadily through the mid-1980s.', WED, 'the mid-1980s', { type: 'DATE', value: '198', mod: 'MID' }],
  ["'post-2008' names the year", 'The post-2008 rules tightened lending to builders.', WED, '2008', { type: 'DATE', value: '2008' }],
  ["'until at least 2031' is a year, not an amount", 'The bridge will stay shut until at least 2031, engineers said.', WED, '2031', { type: 'DATE', value: '2031' }],
  ["'long ago' is a vague past", 'The mill closed long ago, and the town shrank with it.', WED, 'long ago', { type: 'DATE', value: 'PAST_REF' }],
  ["'Not long ago' is a vague past", 'Not long ago, the harbour stood empty.', WED, 'Not long ago', { type: 'DATE', value: 'PAST_REF' }],
  ["'the other day' is a vague past", 'A neighbour told me the other day that the bakery is closing.', WED, 'the other day', { type: 'DATE', value: 'PAST_REF' }],
  ["'the past' as a subject is a vague past", 'The past offers few lessons for this crisis.', WED, 'The past', { type: 'DATE', value: 'PAST_REF' }],
  ["'the past' after 'about' is a vague past", 'She wrote about the past with great affection.', WED, 'the past', { type: 'DATE', value: 'PAST_REF' }],
  ["'the present moment' is the present", 'Nothing about the present moment is normal, the author argues.', WED, 'the present moment', { type: 'DATE', value: 'PRESENT_REF' }],
  ["'for the moment' is the present", 'For the moment, the ferry keeps its winter timetable.', WED, 'the moment', { type: 'DATE', value: 'PRESENT_REF' }],
  ["'all day' is one whole day", 'Volunteers queued all day outside the depot.', WED, 'all day', { type: 'DURATION', value: 'P1D' }],
  ["'all week long' is one whole week", 'The pumps ran all week long.', WED, 'all week long', { type: 'DURATION', value: 'P1W' }],
  ["'every evening' recurs in the evening of any day", 'The keeper climbs the lighthouse stairs every evening.', WED, 'every evening', { type: 'SET', value: 'XXXX-XX-XXTEV' }],
  ["'a few short months' is an unknown count of months", 'The renovation took a few short months.', WED, 'a few short months', { type: 'DURATION', value: 'PXM' }],
  ["'A few years later' after 1983 is a year of that decade", 'The museum opened in March 1983. A few years later, it doubled in size.', WED, 'A few years later', { type: 'DATE', value: '198X' }],
  ["'several months earlier' after October 2003 is a month of 2003", 'The treaty was signed in October 2003; several months earlier, talks had stalled.', WED, 'several months earlier', { type: 'DATE', value: '2003' }],
  ["'since Election Day' is the US general election just held", 'Turnout data has trickled in since Election Day.', '2024-12-02', 'Election Day', { type: 'DATE', value: '2024-11-05' }],
  ["'on Election Day' ahead is the coming one", 'Polling stations will open at dawn on Election Day.', '2024-03-12', 'Election Day', { type: 'DATE', value: '2024-11-05' }],
  ["'per week' after a count of things recurs weekly", 'The council holds two surgeries per week in the library.', WED, 'per week', { type: 'SET', value: 'P1W' }],
  ["'a decade or so ago' is about a decade back", 'A decade or so ago the quarry employed 300 people.', WED, 'A decade or so ago', { type: 'DATE', value: '2014', mod: 'APPROX' }],
  ["a time quoted in lower case stays a time, unlike a title-case label", 'The mayor said the pool would reopen \u201cnext week\u201d.', '2025-03-10', 'next week', { type: 'DATE', value: '2025-W12' }],
  ["'one day' after an infinitive is a hoped-for future", 'The club signed a striker good enough to lead the league one day.', WED, 'one day', { type: 'DATE', value: 'FUTURE_REF' }],
  ["a fronted 'One day' in a past narrative is a vague past", 'One day, the keeper locked the gate and walked away.', WED, 'One day', { type: 'DATE', value: 'PAST_REF' }],
  ["'someday' is a vague future", 'Someday the tramline will reach the airport.', WED, 'Someday', { type: 'DATE', value: 'FUTURE_REF' }],
  ["'the present' as a noun is the present", 'The novel moves between 1940 and the present.', WED, 'the present', { type: 'DATE', value: 'PRESENT_REF' }],
  ["'in those days' is a vague past", 'In those days, the ferry ran only in summer.', WED, 'those days', { type: 'DATE', value: 'PAST_REF' }],
  ["'days later' is an unknown count of days", 'The dam held. Days later, the river rose again.', WED, 'Days', { type: 'DURATION', value: 'PXD' }],
  ["'weeks after' an event is an unknown count of weeks", 'The council closed the library weeks after the audit.', WED, 'weeks', { type: 'DURATION', value: 'PXW' }],
  ["'hundreds of years' is an unknown count of years", 'The abbey stood for hundreds of years.', WED, 'hundreds of years', { type: 'DURATION', value: 'PXY' }],
  ["'the week after that' counts from the last date named", 'The ballot closes on March 3, 2021. The week after that, results are due.', WED, 'The week after that', { type: 'DATE', value: '2021-W10' }],
  ["'the last year' after a present perfect is the span up to publication", 'The feud has dominated the council for the last year.', WED, 'the last year', { type: 'DURATION', value: 'P1Y' }],
  ["a span in lower case inside a sentence is measured, unlike a title's", 'The list ends with a film on 12 years in captivity.', WED, '12 years', { type: 'DURATION', value: 'P12Y' }],
  ["'Decades of' opening a sentence is an unknown count of years", 'Decades of neglect have left the canal silted up.', WED, 'Decades', { type: 'DURATION', value: 'PXY' }],
  ["'despite months of' is an unknown count of months", 'The station reopened despite months of delays.', WED, 'months', { type: 'DURATION', value: 'PXM' }],
  ["a weekday opening a line before a colon is a timeline's dated entry, not a heading", 'How the week went.\nMonday: the envoys met in Geneva.', '2025-03-12', 'Monday', { type: 'DATE', value: '2025-03-10' }],
  ["a title-case headline keeps its span", 'Stocks Rise for Three Straight Weeks', WED, 'Three Straight Weeks', { type: 'DURATION', value: 'P3W' }],
  ["a weekday in the plural recurs", 'The museum is shut on Tuesdays.', WED, 'Tuesdays', { type: 'SET', value: 'XXXX-WXX-2' }],
  ["'Saturday mornings' recur on that part of the weekday", 'She runs the market stall on Saturday mornings.', WED, 'Saturday mornings', { type: 'SET', value: 'XXXX-WXX-6TMO' }],
  ["'an hour and a half' is written in hours and minutes", 'The ferry was delayed for an hour and a half.', WED, 'an hour and a half', { type: 'DURATION', value: 'PT1H30M' }],
  ["'the Roaring Twenties' is the decade of the last century", 'The novel is set in the Roaring Twenties.', WED, 'the Roaring Twenties', { type: 'DATE', value: '192' }],
  ["'another decade of' is one more decade", 'We have another decade of these sequels ahead.', WED, 'another decade', { type: 'DURATION', value: 'P10Y' }],
  ["'for another year' is one more year", 'The mayor will stay for another year.', WED, 'another year', { type: 'DURATION', value: 'P1Y' }],
  ["'the Memorial Day holiday' is the day off itself", 'Banks were shut for the Memorial Day holiday.', '2024-05-30', 'Memorial Day', { type: 'DATE', value: '2024-05-27' }],
  ["'in the past hour' is an hour up to the broadcast", 'In the past hour, the coastguard confirmed the rescue.', WED, 'the past hour', { type: 'DURATION', value: 'PT1H' }],
  ["'just days away' is an unknown count of days", 'The vote is just days away.', WED, 'days', { type: 'DURATION', value: 'PXD' }],
  ["'Holocaust Remembrance Day' is January 27, not the November Remembrance Day", 'The mayor spoke at a Holocaust Remembrance Day vigil.', '2025-02-03', 'Holocaust Remembrance Day', { type: 'DATE', value: '2025-01-27' }],
  ["'those days are over' is a vague past", 'With the new ferry, those days are over.', WED, 'those days', { type: 'DATE', value: 'PAST_REF' }],
];

const sides: Case[] = [
  ["'would have' looks back: a claim on Monday that the team would have won is the Monday before", 'Her claim on Monday that the team would have won without the rain drew laughs.', WED, 'Monday', { type: 'DATE', value: '2024-10-14' }],
  ["'may have' looks back: 'may have left the port on Sunday' is the Sunday before", 'The trawler may have left the port on Sunday.', WED, 'Sunday', { type: 'DATE', value: '2024-10-13' }],
  ["a typographic 'she\u2019ll' looks ahead: 'she\u2019ll tour the site Friday' is the coming Friday", 'The mayor says she\u2019ll tour the site Friday.', WED, 'Friday', { type: 'DATE', value: '2024-10-18' }],
  ["'won\u2019t' looks ahead: in November, 'won\u2019t rule in March' is next March", 'The regulator won\u2019t rule on the merger in March.', '2025-11-12', 'March', { type: 'DATE', value: '2026-03' }],
  ["a possessive weekday with no verb after its noun takes the sentence's: 'has climbed since Tuesday's close' is the Tuesday before", "The index has climbed 4% since Tuesday's close.", WED, 'Tuesday', { type: 'DATE', value: '2024-10-15' }],
  ["'will shut by year end' after a past year named is publication's year end", 'The depot, built in 1998, will shut by year end.', WED, 'year end', { type: 'DATE', value: '2024', mod: 'END' }],
  ["'come April 3' is when that day comes, even in a past report", 'Crews were told the road, patched and resurfaced, would reopen come April 3.', '2025-11-12', 'April 3', { type: 'DATE', value: '2026-04-03' }],
];

describe('tagTimexes: written forms beyond the plain date', () => {
  it.each(cases)('%s', (_name, sentence, published, words, expected) => {
    expect(tagged(sentence, published, words)).toEqual({ text: words, ...expected });
  });
});

describe('tagTimexes: auxiliaries that tell the side of publication', () => {
  it.each(sides)('%s', (_name, sentence, published, words, expected) => {
    expect(tagged(sentence, published, words)).toEqual({ text: words, ...expected });
  });
});
