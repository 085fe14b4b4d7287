// What must NOT become an event: a date word that names no particular day (a habit's clock, an
// indefinite weekday, a thing of its day, an idiom, a year felt or ending) and a date in a
// question or in a clause addressed to the reader. Sentences written for these tests.
import { describe, expect, it } from 'vitest';
import { buildEvents } from '../../../src/lib/events';
import { timexOf } from './helpers';

const PUBLISHED = '2024-05-15';
const eventsOf = (text: string, timexes: [string, string, string?][]) =>
  buildEvents(text, timexes.map(([words, value, type]) => timexOf(text, words, value, (type as 'DATE' | 'TIME') ?? 'DATE')), PUBLISHED).map((e) => e.when.text ?? e.label);

describe('a date word that names no particular day is no event', () => {
  it('drops the clock of a daily habit', () => {
    expect(eventsOf('The bulletin is mailed to members every morning at 6:30 a.m.', [['6:30 a.m.', '2024-05-15T06:30', 'TIME']])).toEqual([]);
  });
  it('drops an indefinite weekday', () => {
    expect(eventsOf('She remembered standing before a silent crowd on a Tuesday evening.', [['Tuesday evening', '2024-05-14TEV']])).toEqual([]);
  });
  it('drops the day that only says which headlines', () => {
    expect(eventsOf('The app gathers the day’s top headlines for commuters.', [['the day', '2024-05-15']])).toEqual([]);
  });
  it('drops the day after a noun it characterises', () => {
    expect(eventsOf('Recipe of the Day: a lentil soup from Lyon.', [['the Day', '2024-05-15']])).toEqual([]);
  });
  it('drops a speaker’s “at the end of the day”', () => {
    expect(eventsOf('“At the end of the day, voters care about rents,” the organiser said.', [['the end of the day', '2024-05-15']])).toEqual([]);
  });
  it('drops “at the end of the day” opening a clause after a conjunction, its subject straight after', () => {
    expect(eventsOf('The scouts send reports, but at the end of the day what the manager wants will decide the squad.', [['the end of the day', '2024-05-15']])).toEqual([]);
  });
  it('drops “at the end of the day” after a dash, its subject straight after', () => {
    expect(eventsOf('Critics argue that -- at the end of the day the levy will simply be passed on to tenants.', [['the end of the day', '2024-05-15']])).toEqual([]);
  });
  it('drops a change said not to happen overnight', () => {
    expect(eventsOf('Cleaner buses will not arrive overnight, the operator warned.', [['overnight', '2024-05-15']])).toEqual([]);
  });
  it('drops a year that is the object of a feeling', () => {
    expect(eventsOf('Fans will always remember 2019 as the season of the comeback.', [['2019', '2019']])).toEqual([]);
  });
  it('drops a year that is only said to end', () => {
    expect(eventsOf('Nobody in the squad wanted 2021 to end.', [['2021', '2021']])).toEqual([]);
  });
});

describe('a date in a question or addressed to the reader is no event', () => {
  it('drops a date in a question', () => {
    expect(eventsOf('Did the mayor really sign the order on Friday?', [['Friday', '2024-05-10']])).toEqual([]);
  });
  it('drops a date in a clause whose subject is the reader', () => {
    expect(eventsOf('Hope you caught some sunshine over the weekend.', [['the weekend', '2024-W19-WE']])).toEqual([]);
  });
});

describe('a day not waited for is no event', () => {
  it('drops “isn’t waiting until the end of June”', () => {
    expect(eventsOf('The ferry company isn’t waiting until the end of June to decide on its winter timetable.', [['the end of June', '2024-06']])).toEqual([]);
  });
});

describe('a season in a present-tense habit or state is every year’s, no event', () => {
  it.each([
    ['Trail runners are scarce on the ridge in the winter.', 'the winter', '2024-WI'],
    ['The lake ferries sail only twice a week in summer.', 'summer', '2024-SU'],
  ])('%j', (text, words, value) => {
    expect(eventsOf(text, [[words, value]])).toEqual([]);
  });
});

describe('a length of time in a question is no event', () => {
  it('drops "Where has the mayor been the last 12 months?"', () => {
    const text = 'Where has the mayor been the last 12 months?';
    const start = text.indexOf('the last 12 months');
    expect(buildEvents(text, [{ start, end: start + 18, text: 'the last 12 months', type: 'DURATION', value: 'P12M' }], PUBLISHED)).toEqual([]);
  });
});

describe('a call to the audience is no event', () => {
  it.each([
    ['Tune in this Saturday at 9 a.m. for the mayor’s phone-in.', 'this Saturday', '2024-05-18'],
    ['Join us Thursday for a live chat with the harbour master.', 'Thursday', '2024-05-16'],
    ['Get ready for a rough 2025 if you sell solar panels.', '2025', '2025'],
    ['Brace yourself for a sweltering July on the coast.', 'July', '2024-07'],
  ])('%j', (text, words, value) => {
    expect(eventsOf(text, [[words, value]])).toEqual([]);
  });
});

describe('a date inside "whether ... or not"', () => {
  it('drops a year put both ways', () => {
    expect(eventsOf('Whether the bridge reopens in 2025 or not, the ferry will keep running.', [['2025', '2025']])).toEqual([]);
  });
});
