// A weekday of the coming week, told with what is to come, that the tagger put in the week gone:
// the weekday ahead. Sentences written for these tests; timexes handmade with the tagger's values.
import { describe, expect, it } from 'vitest';
import { buildEvents } from '../../../src/lib/events';
import { timexOf } from './helpers';

const WEDNESDAY = '2024-05-15';
const dayOf = (text: string, words: string, value: string) =>
  buildEvents(text, [timexOf(text, words, value)], WEDNESDAY).find((e) => e.when.text === words)?.when.start;

describe('a weekday told in the future is the one ahead', () => {
  it('draws "will resume sailings on Monday" on the Monday after a Wednesday page', () => {
    expect(dayOf('The ferry company will resume sailings to the island on Monday.', 'Monday', '2024-05-13')).toBe('2024-05-20');
  });
  it('reads a fronted weekday by the future after it', () => {
    expect(dayOf('On Tuesday the trade envoy and her deputy will travel to Nairobi.', 'Tuesday', '2024-05-14')).toBe('2024-05-21');
  });
  it('reads a plan in the present, "is set to"', () => {
    expect(dayOf('The museum is set to reopen its east wing on Friday.', 'Friday', '2024-05-10')).toBe('2024-05-17');
  });
});

describe('a weekday four to six days back told in a present of what is to come', () => {
  it('draws a fixture, "host the leaders on Saturday", on the Saturday ahead', () => {
    expect(dayOf('The county side sit third in the table and host the leaders on Saturday.', 'Saturday', '2024-05-11')).toBe('2024-05-18');
  });
  it('draws a preview, "as they prepare for a Friday morning regatta", on the Friday ahead', () => {
    expect(dayOf('The rowers drive north as they prepare for a Friday morning regatta on the lake.', 'Friday morning', '2024-05-10TMO')).toBe('2024-05-17');
  });
  it('draws a forecast, "depends on how Saturday\'s gales develop", on the Saturday ahead', () => {
    expect(dayOf('Crews are on standby, and much depends on how Saturday’s gales develop.', 'Saturday', '2024-05-11')).toBe('2024-05-18');
  });
  it('draws an outlook\'s heading, "Friday: Harbour Holdings reports", on the Friday ahead', () => {
    expect(dayOf('Friday: Harbour Holdings reports its annual tonnage as it awaits a new chief.', 'Friday', '2024-05-10')).toBe('2024-05-17');
  });
  it('reads a present progressive, "are collecting blankets ... on Thursday"', () => {
    expect(dayOf('Volunteers are collecting blankets for the shelter on Thursday.', 'Thursday', '2024-05-09')).toBe('2024-05-16');
  });
  it('reads the future\'s modal before a participle, "will have her appeal heard in Leeds Friday"', () => {
    expect(dayOf('The sprinter will have her appeal heard in Leeds Friday after a missed test.', 'Friday', '2024-05-10')).toBe('2024-05-17');
  });
});
