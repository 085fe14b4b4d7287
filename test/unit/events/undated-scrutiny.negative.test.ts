// The attention a thing will get ("will be closely watched", "will be studied carefully by",
// "will be kept under review") goes on and names nothing done on a day. Sentences written for these tests.
import { describe, expect, it } from 'vitest';
import { buildEvents } from '../../../src/lib/events';

const undated = (text: string) => buildEvents(text, [], '2024-05-15').filter((e) => !e.when.start).map((e) => e.label);

describe('attention, no act', () => {
  it.each([
    'The ferry timetable change will be studied carefully by the islanders.',
    'The vote will be closely watched by bond traders.',
    'Funding for the tram will be kept under careful review.',
    'The reservoir will be monitored closely for algae.',
  ])('gives none for "%s"', (s) => expect(undated(s)).toEqual([]));
});
