// Beside the rules of noDay.ts: the same words where they do date something.
import { describe, expect, it } from 'vitest';
import { buildEvents } from '../../../src/lib/events';
import { timexOf } from './helpers';

const PUBLISHED = '2024-05-15';
const datesOf = (text: string, timexes: [string, string, string?][]) =>
  buildEvents(text, timexes.map(([words, value, type]) => timexOf(text, words, value, (type as 'DATE' | 'TIME') ?? 'DATE')), PUBLISHED).map((e) => e.when.text);

describe('dates that look like no particular day but are one', () => {
  it('keeps a weekday before a noun after “a”', () => {
    expect(datesOf('The minister spoke in a Friday interview with the local radio.', [['Friday', '2024-05-10']])).toEqual(['Friday']);
  });
  it('keeps the end of a trading day', () => {
    expect(datesOf('By the end of the day, the index had fallen 3 percent.', [['the end of the day', '2024-05-15']])).toEqual(['the end of the day']);
  });
  it('keeps a close told at the end of the day', () => {
    expect(datesOf('The talks broke up at the end of the day without a deal.', [['the end of the day', '2024-05-15']])).toEqual(['the end of the day']);
  });
  it('keeps a year in which something happened', () => {
    expect(datesOf('The bridge opened to traffic in 2019.', [['2019', '2019']])).toEqual(['2019']);
  });
  it('keeps a date told to the reader by a speaker about someone else', () => {
    expect(datesOf('The ferry resumed service on Friday, officials told reporters.', [['Friday', '2024-05-10']])).toEqual(['Friday']);
  });
});

describe('a season with a past, a future, a plan or a going-on keeps its date', () => {
  it.each([
    ['The pier collapsed in the winter.', 'the winter', '2024-WI'],
    ['The lido will reopen in the summer.', 'the summer', '2024-SU'],
    ['The council plans to close the lido in the summer.', 'the summer', '2024-SU'],
    ['Crews are rebuilding the pier in the summer.', 'the summer', '2024-SU'],
  ])('%j', (text, words, value) => {
    expect(datesOf(text, [[words, value]])).toEqual([words]);
  });
});

describe('a newsmaker told to tune in or to join is still news', () => {
  it('keeps a broadcast the news is about', () => {
    const text = 'Viewers tuned in on Saturday in record numbers for the final.';
    expect(datesOf(text, [['on Saturday', '2024-05-11']])).toEqual(['on Saturday']);
  });
  it('keeps a party joining talks', () => {
    const text = 'The dockers’ union will join the talks on Thursday.';
    expect(datesOf(text, [['on Thursday', '2024-05-16']])).toEqual(['on Thursday']);
  });
});

describe('a "whether" with no "or not"', () => {
  it('keeps a date asked about in reported speech', () => {
    expect(datesOf('Inspectors asked whether the bridge had reopened in March.', [['March', '2024-03']])).toEqual(['March']);
  });
});
