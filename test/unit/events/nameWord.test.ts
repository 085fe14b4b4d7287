// A date word beside a name still dates what the sentence says happened.
import { describe, expect, it } from 'vitest';
import { buildEvents } from '../../../src/lib/events';
import { timexOf } from './helpers';

const PUBLISHED = '2024-05-15';
const datesOf = (text: string, timexes: [string, string, string?][]) =>
  buildEvents(text, timexes.map(([words, value, type]) => timexOf(text, words, value, (type as 'DATE' | 'TIME') ?? 'DATE')), PUBLISHED).map((e) => e.when.text);

describe('a clock in brackets that is no listing is an event', () => {
  it('keeps a bracketed time that dates a happening', () => {
    expect(datesOf('The ferry left Dover (9 p.m., local time) for Calais.', [['9 p.m.', '2024-05-15T21:00', 'TIME']])).toEqual(['9 p.m.']);
  });
});

describe('a clock written with its zone in capitals is an event', () => {
  it('keeps a time given in UTC', () => {
    expect(datesOf('At 0800 UTC the central banks announced a joint credit line.', [['0800 UTC', '2024-05-15T08:00', 'TIME']])).toEqual(['0800 UTC']);
  });
});

describe('a delivery in a month is an event', () => {
  it('keeps the month a plan is made for', () => {
    expect(datesOf('The growers drew up plans for July after the frost.', [['July', '2024-07']])).toEqual(['July']);
  });
  it('keeps the month of a delivery of goods', () => {
    expect(datesOf('The airline expects the June delivery of its first two freighters.', [['June', '2024-06']])).toEqual(['June']);
  });
});

describe('a date beside a name keeps its event', () => {
  it('keeps a month governed by “in” before a name', () => {
    expect(datesOf('In March Okafor resigned from the port authority.', [['March', '2024-03']])).toEqual(['March']);
  });
  it('keeps a weekday after “said” before a company’s name', () => {
    expect(datesOf('Regulators said Tuesday Harbor Freightways must pay the fine.', [['Tuesday', '2024-05-14']])).toEqual(['Tuesday']);
  });
  it('keeps a holiday with its own name part', () => {
    expect(datesOf('The shelter served 400 meals on Christmas Day last year.', [['Christmas Day last year', '2023-12-25']])).toEqual(['Christmas Day last year']);
  });
  it('keeps a time before an event noun', () => {
    expect(datesOf('The harbour master called a 9 a.m. briefing on Thursday.', [['9 a.m.', '2024-05-16T09:00', 'TIME'], ['Thursday', '2024-05-16']])).toEqual(['9 a.m.']);
  });
});

describe('a capitalised date word where a sentence or a line opens still dates', () => {
  it.each([
    ['Tomorrow the ferry will sail at dawn.', 'Tomorrow', '2024-05-16'],
    ['Stormy Weather Hits Coast Tomorrow', 'Tomorrow', '2024-05-16'],
  ])('%j', (text, words, value) => {
    expect(datesOf(text, [[words, value]])).toEqual([words]);
  });
  it('keeps a chronology line’s date before its colon', () => {
    expect(datesOf('April 2023: The mill closes its doors.', [['April 2023', '2023-04']])).toEqual(['April 2023']);
  });
});

describe('a weekday before a capitalised word that is no name still dates', () => {
  it.each([
    ['The council met on Sunday and approved the budget.', 'Sunday', '2024-05-12'],
    ['“We met on Sunday,” Ruth Okafor said.', 'Sunday', '2024-05-12'],
  ])('%j', (text, words, value) => {
    expect(datesOf(text, [[words, value]])).toEqual([words]);
  });
});

describe('a happening named after its day', () => {
  it('keeps the day of "the June 4 Harbour Summit"', () => {
    expect(datesOf('Ministers drafted the text ahead of the June 4 Harbour Summit in Oslo.', [['June 4', '2024-06-04']])).toEqual(['June 4']);
  });
  it('keeps the day of a named disaster, "the May 2 Riverside Mill fire"', () => {
    expect(datesOf('Inspectors traced the May 2 Riverside Mill fire to a faulty heater.', [['May 2', '2024-05-02']])).toEqual(['May 2']);
  });
});

describe('a holiday after an owner that is still a day', () => {
  it('keeps "their Christmas" before a lower-case noun', () => {
    expect(datesOf('Volunteers served their Christmas dinner to 300 guests at the shelter.', [['Christmas', '2023-12-25']])).toEqual(['Christmas']);
  });
});

describe('one week’s programme keeps its day', () => {
  it('keeps the day of "on Sunday’s show"', () => {
    expect(datesOf('The senator said on Sunday’s show that she would run.', [['Sunday', '2024-05-12']])).toEqual(['Sunday']);
  });
  it('keeps a day told before the show it speaks of', () => {
    expect(datesOf('On Sunday the show raised $2 million for the flood appeal.', [['Sunday', '2024-05-12']])).toEqual(['Sunday']);
  });
});
