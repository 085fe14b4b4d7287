// Events on the publication day: the clock, the date's own words, then the verb group decide.
import { describe, expect, it } from 'vitest';
import { buildEvents } from '../../../src/lib/events';
import { timexOf } from './helpers';

const status = (text: string, words: string, value: string, published: string, type: 'DATE' | 'TIME' = 'DATE') =>
  buildEvents(text, [timexOf(text, words, value, type)], published).map((e) => e.status);

describe('an event on the publication day', () => {
  it('is projected when "this evening" is still ahead of the story’s time stamp', () => {
    expect(status('The mayor addresses the council this evening.', 'this evening', '2024-05-15TEV', '2024-05-15T10:30', 'TIME')).toEqual(['projected']);
  });
  it('is past when "this morning" is over by the time stamp', () => {
    expect(status('The mayor addressed the council this morning.', 'this morning', '2024-05-15TMO', '2024-05-15T15:00', 'TIME')).toEqual(['past']);
  });
  it('is projected for a clock time after the time stamp', () => {
    expect(status('Polls close at 8 p.m.', '8 p.m.', '2024-05-15T20:00', '2024-05-15T09:00', 'TIME')).toEqual(['projected']);
  });
  it('is past for a verb in the past, even at a clock time after the time stamp (a narrative told later)', () => {
    expect(status('At 10:15 a.m., a delivery driver found the parcel by the gate.', '10:15 a.m.', '2024-05-15T10:15', '2024-05-15T06:40', 'TIME')).toEqual(['past']);
    expect(status('The ferry docked at 11 a.m., the harbour office said.', '11 a.m.', '2024-05-15T11:00', '2024-05-15T06:40', 'TIME')).toEqual(['past']);
  });
  it('is projected for "later today" and past for "earlier today"', () => {
    expect(status('Officials brief reporters later today.', 'later today', '2024-05-15', '2024-05-15')).toEqual(['projected']);
    expect(status('Officials will say more after they briefed reporters earlier today.', 'earlier today', '2024-05-15', '2024-05-15')).toEqual(['past']);
  });
  it('is past for a reporting verb before the day ("said Wednesday"), though the clause before looks ahead', () => {
    expect(status('Exports will shrink next year, the minister said Wednesday.', 'Wednesday', '2024-05-15', '2024-05-15')).toEqual(['past']);
  });
  it('is projected for a present progressive with the day ("are striking Wednesday")', () => {
    expect(status('Cleaners are striking at the central station on Wednesday.', 'Wednesday', '2024-05-15', '2024-05-15')).toEqual(['projected']);
  });
  it('is past for a past perfect before the day ("had expected a vote on Wednesday")', () => {
    expect(status('Most analysts had expected a vote on Wednesday.', 'Wednesday', '2024-05-15', '2024-05-15')).toEqual(['past']);
  });
});
