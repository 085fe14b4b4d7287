// A passive act with its agent stays a plan. Sentences written for these tests.
import { describe, expect, it } from 'vitest';
import { buildEvents } from '../../../src/lib/events';

const undated = (text: string) => buildEvents(text, [], '2024-05-15').filter((e) => !e.when.start).map((e) => e.label);

describe('an act by an agent', () => {
  it.each([
    ['The new ward will be opened by the health minister.', 'The new ward will be opened by the health minister'],
    ['The inquiry will be followed by a public hearing.', 'The inquiry will be followed by a public hearing'],
  ])('draws "%s"', (s, label) => expect(undated(s)).toEqual([label]));
});
