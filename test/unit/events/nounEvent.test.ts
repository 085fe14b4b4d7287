// A date that belongs to a happening named by a noun labels that happening.
import { describe, expect, it } from 'vitest';
import { buildEvents } from '../../../src/lib/events';
import { timexOf } from './helpers';

const labelsOf = (text: string, words: string, value: string) => buildEvents(text, [timexOf(text, words, value)], '2024-05-15').map((e) => e.label);

describe('a happening named by a noun after a comparison or a preposition of time', () => {
  it.each([
    ['Shipping law was rewritten in the wake of the Torrey Canyon spill in 1967.', '1967', '1967', 'The Torrey Canyon spill'],
    ['Safety rules were tightened after the Clapham rail crash 30 years ago.', '30 years ago', '1994', 'The Clapham rail crash'],
    ['Bookings have not recovered since the March 3 explosion at the depot.', 'March 3', '2024-03-03', 'The explosion at the depot'],
    ['Turnout fell sharply before and after the June 9 elections.', 'June 9', '2024-06-09', 'The elections'],
  ])('%j', (text, words, value, label) => {
    expect(labelsOf(text, words, value)).toEqual([label]);
  });
});

describe('a day’s possessive and a happening of a name', () => {
  it.each([
    ['Shares recovered part of Monday’s steep 300-point drop.', 'Monday', '2024-05-13', 'The steep 300-point drop'],
    ['Ever since the demise of Northern Rock in 2008, lenders have hoarded cash.', '2008', '2008', 'The demise of Northern Rock'],
  ])('%j', (text, words, value, label) => {
    expect(labelsOf(text, words, value)).toEqual([label]);
  });
});

describe('a happening named by its noun and a phrase that says whose or where it was', () => {
  it.each([
    ['Ferry traffic has been halted since the sinking of a cargo ship off Dover in March.', 'March', '2024-03', 'The sinking of a cargo ship off Dover'],
    ['Markets have been calm since the start of the strike at the port in April.', 'April', '2024-04', 'The start of the strike at the port'],
    ['The mayor resigned after the collapse of the footbridge over the Tyne last month.', 'last month', '2024-04', 'The collapse of the footbridge over the Tyne'],
    ['Ticket sales slowed ahead of a rally by the striking nurses in Leeds on Saturday.', 'Saturday', '2024-05-18', 'The rally by the striking nurses in Leeds'],
  ])('%j', (text, words, value, label) => {
    expect(labelsOf(text, words, value)).toEqual([label]);
  });
});
