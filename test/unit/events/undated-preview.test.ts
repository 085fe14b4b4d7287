// A preview's absences: a side "will be without" named players is the line-up picked for the coming
// game. Sentences written for these tests.
import { describe, expect, it } from 'vitest';
import { buildEvents } from '../../../src/lib/events';

const undated = (text: string) => buildEvents(text, [], '2024-05-15').filter((e) => !e.when.start).map((e) => e.label);

describe('a side without its players', () => {
  it.each([
    ['Rovers will again be without top scorer Leah Moss.', 'Rovers will again be without top scorer Leah Moss'],
    ['The visitors will be without Ian Cole and Joe Byrne.', 'The visitors will be without Ian Cole and Joe Byrne'],
  ])('draws "%s"', (s, label) => expect(undated(s)).toEqual([label]));
});
