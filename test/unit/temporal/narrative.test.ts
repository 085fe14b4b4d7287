import { describe, expect, it } from 'vitest';
import { tagged } from './helpers';
import { tagTimexes } from '../../../src/lib/temporal/index';

// A story told in order after its lede: fronted dates take the verb group of the clause they
// open, events nobody schedules are already past, and a clock time with no day beside it takes
// the day the narrative is on (issue 16, real pages). Sentences are written for these tests.
const MON = '2025-03-10'; // a Monday

type Case = [string, string, string, string, { type: string; value: string }];

const fronted: Case[] = [
  ["'By Saturday, crews were pumping water' in a Monday story is the Saturday before", 'By Saturday, crews were pumping water out of the tunnel.', MON, 'Saturday', { type: 'DATE', value: '2025-03-08' }],
  ["'By Friday evening, the river had crested' is the Friday before", 'By Friday evening, the river had crested at nine metres.', MON, 'Friday evening', { type: 'TIME', value: '2025-03-07TEV' }],
  ["'Later on Saturday night, a second man was detained' is the Saturday before", 'Later on Saturday night, a second man was detained at the border.', MON, 'Saturday night', { type: 'TIME', value: '2025-03-08TNI' }],
  ["'Until Thursday, the ferry ran twice a day' is the Thursday before", 'Until Thursday, the ferry ran twice a day.', MON, 'Thursday', { type: 'DATE', value: '2025-03-06' }],
  ["'By Wednesday, the board will choose' still looks ahead", 'By Wednesday, the board will choose a new chair.', MON, 'Wednesday', { type: 'DATE', value: '2025-03-12' }],
  ["'officers named him later Sunday' is the Sunday before", 'Officers named him later Sunday.', MON, 'later Sunday', { type: 'DATE', value: '2025-03-09' }],
  ["'It was not until Friday that the ministry confirmed it' is the Friday before", 'It was not until Friday that the ministry confirmed the outbreak.', MON, 'Friday', { type: 'DATE', value: '2025-03-07' }],
  ["'Also on Tuesday, the minister will meet ...' looks ahead, an adverb before the date changing nothing", 'Also on Tuesday, the minister will meet harbour pilots in Leith.', MON, 'Tuesday', { type: 'DATE', value: '2025-03-11' }],
  ["'Separately, on Friday the ministry said ...' is the Friday before", 'Separately, on Friday the ministry said exports fell.', MON, 'Friday', { type: 'DATE', value: '2025-03-07' }],
];

const unscheduled: Case[] = [
  ["'the suspect in Saturday's stabbing will appear in court' dates the stabbing before publication", "The suspect in Saturday's stabbing will appear in court this week.", MON, 'Saturday', { type: 'DATE', value: '2025-03-08' }],
  ["'Friday's fatal collision will be reviewed' is the Friday before", "Friday's fatal collision will be reviewed by the transport board.", MON, 'Friday', { type: 'DATE', value: '2025-03-07' }],
  ["'relatives of those killed in the Sunday blast will meet' is the Sunday before", 'Relatives of those killed in the Sunday blast will meet the mayor.', MON, 'Sunday', { type: 'DATE', value: '2025-03-09' }],
];

const holidays: Case[] = [
  ["'strong Christmas trading' with no verb to tell, in a January story, is the Christmas just gone", 'Strong Christmas trading, the retailer reported, lifted its shares.', '2025-01-14', 'Christmas', { type: 'DATE', value: '2024-12-25' }],
];

describe('tagTimexes: dates in a narrative', () => {
  it.each([...fronted, ...unscheduled, ...holidays])('%s', (_name, sentence, published, words, expected) => {
    expect(tagged(sentence, published, words)).toEqual({ text: words, ...expected });
  });

  it("a bare clock time after 'The weekend began with' is on the weekend's Saturday", () => {
    const text = 'The mayor spoke on Monday. The weekend began with a small fire at a depot.\n\nAt 7:15 a.m., a guard saw smoke.';
    expect(tagged(text, MON, '7:15 a.m.')).toEqual({ text: '7:15 a.m.', type: 'TIME', value: '2025-03-08T07:15' });
  });

  it('a small-hours clock time after a named night is on the next day', () => {
    const text = 'Late on Saturday night, the police sealed off the street. Around 1:40 a.m., the device was made safe.';
    expect(tagged(text, MON, '1:40 a.m.')).toEqual({ text: '1:40 a.m.', type: 'TIME', value: '2025-03-09T01:40' });
  });

  it('a bare clock time after a named day is on that day', () => {
    const text = 'The strike began on Thursday. At 6 a.m., pickets gathered at the gates.';
    expect(tagged(text, MON, '6 a.m.')).toEqual({ text: '6 a.m.', type: 'TIME', value: '2025-03-06T06:00' });
  });
});

describe('tagTimexes: a delay measured against a plan', () => {
  it("'five days later than scheduled' set beside a date restates that date", () => {
    const text = 'The tanker docked on June 9, five days later than scheduled.';
    expect(tagged(text, '2025-06-20', 'five days later')).toEqual({ text: 'five days later', type: 'DATE', value: '2025-06-09' });
  });

  it("'two weeks later than planned' alone is the span of the delay", () => {
    expect(tagged('The stadium opened two weeks later than planned.', '2025-06-20', 'two weeks')).toEqual({ text: 'two weeks', type: 'DURATION', value: 'P2W' });
  });
});

describe('tagTimexes: the middle of a trading day', () => {
  it.each([['mid-afternoon'], ['mid afternoon'], ['midafternoon']])("'in %s trading' is the afternoon of the story's day", (words) => {
    expect(tagged(`The shares slipped 3% in ${words} trading.`, MON, words)).toEqual({ text: words, type: 'TIME', value: '2025-03-10TAF' });
  });
});

describe('tagTimexes: a part of the day the story is telling', () => {
  it('reads "that night", "that afternoon" as the last day named, at that part of the day', () => {
    const t = tagTimexes('The dam gave way on March 3. That night, crews worked by floodlight. Later that afternoon, the river crested.', '2021-03-10');
    expect(t.map((x) => [x.text, x.value])).toEqual([['March 3', '2021-03-03'], ['That night', '2021-03-03TNI'], ['that afternoon', '2021-03-03TAF']]);
  });

  it('follows the story to its next day', () => {
    const t = tagTimexes('The dam gave way on March 3. The next morning, the army arrived. That evening, the roads reopened.', '2021-03-10');
    expect(t.at(-1)).toMatchObject({ text: 'That evening', value: '2021-03-04TEV' });
  });
});

describe('a disaster named by its date after "by"', () => {
  it('"caused by the March 3 explosion" is the March 3 before, not a deadline ahead', () => {
    const t = tagTimexes('Fishermen demand pay for the slick caused by the March 3 explosion at the terminal.', '2025-03-10').find((x) => x.text === 'March 3');
    expect(t?.value).toBe('2025-03-03');
  });
});
