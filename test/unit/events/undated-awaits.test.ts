// An act one expects to do stays a plan. Sentences written for these tests.
import { describe, expect, it } from 'vitest';
import { buildEvents } from '../../../src/lib/events';

const undated = (text: string) => buildEvents(text, [], '2024-05-15').filter((e) => !e.when.start).map((e) => e.label);

describe('an act expected', () => {
  it.each([['The council expects to open the new bridge.', 'The council expects to open the new bridge']])('draws "%s"', (s, label) => expect(undated(s)).toEqual([label]));
});
