// An act sought or announced stays an undated expectation beside the aims a speech lists.
// Sentences written for these tests.
import { describe, expect, it } from 'vitest';
import { buildEvents } from '../../../src/lib/events';

const undated = (text: string) => buildEvents(text, [], '2024-05-15').map((e) => e.label);

describe('an act sought is a plan', () => {
  it.each([
    ['The cabinet will seek a new fisheries agreement with Norway.', 'The cabinet will seek a new fisheries agreement with Norway'],
    ['Ministers will introduce a bill to cap rents.', 'Ministers will introduce a bill to cap rents'],
  ])('keeps "%s"', (s, label) => expect(undated(s)).toEqual([label]));
});
