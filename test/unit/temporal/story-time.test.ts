import { describe, expect, it } from 'vitest';
import { tagged } from './helpers';
import { tagTimexes } from '../../../src/lib/temporal/index';

// A long feature tells its night hour by hour; the day it goes on from is the one its own voice
// named, not a date in an aside (a document's, a quotation's, the reporter's courtesy line, a
// step that describes a noun), and past midnight the story is on the next day (issue 13's
// dates, found on a newspaper's account of a school shutdown). Sentences are written for these
// tests.
const PUB = '2025-11-14'; // a Friday

const valueOf = (text: string, words: string) => tagTimexes(text, PUB).find((t) => t.text === words)?.value;

describe('tagTimexes: the day a narrative goes on from', () => {
  it("a quoted email's date does not move the night: 'At 11:05 p.m.' stays on the day the story named", () => {
    const text = 'The alarm sounded at 9:40 p.m. on Sunday, March 2, 2025, at the depot.\n“This is about the events of Monday, 3/3/25,” the message read.\nAt 11:05 p.m., the night manager called the fire chief.';
    expect(valueOf(text, '11:05 p.m.')).toBe('2025-03-02T23:05');
  });

  it("a document's date in an aside ('the audit, which was dated June 9') leaves 'that night' on the story's day", () => {
    const text = 'The ferry ran aground on April 12, 2024.\nPassengers were moved ashore, according to the audit, which was dated June 9 and signed by the harbour master.\nA second leak was found that night.';
    expect(valueOf(text, 'that night')).toBe('2024-04-12TNI');
  });

  it("the reporter's courtesy line ('was not immediately available for comment Thursday') is no step of the story", () => {
    const text = 'The pumps failed on Jan. 20, 2024.\nA spokeswoman was not immediately available for comment Thursday.\nRepairs began the following morning.';
    expect(valueOf(text, 'the following morning')).toBe('2024-01-21TMO');
  });

  it("'orders for the next day' describes the orders: 'The following morning' counts from the story's evening", () => {
    const text = 'The warehouse flooded on Oct. 3, 2024.\nLate that evening, staff noticed that orders for the next day had never been packed.\nThe following morning, volunteers arrived.';
    expect(valueOf(text, 'The following morning')).toBe('2024-10-04TMO');
  });

  it("'the front page of the next day's edition' does not move 'that evening'", () => {
    const text = 'The mayor resigned on May 6, 2024.\nEditors chose the front page of the next day’s edition within the hour.\nThat evening, the council met in private.';
    expect(valueOf(text, 'That evening')).toBe('2024-05-06TEV');
  });

  it("'By 1:15 a.m.' after 'By 11:50 p.m.' is the next day, and the story's day moves with it", () => {
    const text = 'The storm reached the coast on Saturday, Aug. 9, 2025.\nBy 11:50 p.m., the levee had been breached.\nBy 1:15 a.m., the first boats were out.\nOver the course of the day, 300 people were rescued.';
    expect(valueOf(text, '1:15 a.m.')).toBe('2025-08-10T01:15');
    expect(valueOf(text, 'the day')).toBe('2025-08-10');
  });

  it("'A few months later' after the story has moved on to a later year counts from that year", () => {
    const text = 'She first sang on stage in July 1971.\nShe joined the company in 1990, after years of touring.\nA few months later, she was given the lead role.';
    expect(valueOf(text, 'A few months later')).toBe('1990');
  });

  it("an aside's date still holds in its own sentence: 'the envoy, whose letter was dated May 2, replied two days later'", () => {
    expect(tagged('The envoy, whose letter was dated May 2, 2024, replied two days later.', PUB, 'two days later')).toEqual({ text: 'two days later', type: 'DATE', value: '2024-05-04' });
  });
});
