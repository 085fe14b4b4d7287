// What not-since.negative.test.ts's rule keeps. Sentences written for these tests; timexes handmade.
import { describe, expect, it } from 'vitest';
import { buildEvents } from '../../../src/lib/events';
import { timexOf } from './helpers';

const PUBLISHED = '2025-09-18';
const datesOf = (text: string, timexes: [string, string][]) => buildEvents(text, timexes.map(([words, value]) => timexOf(text, words, value)), PUBLISHED).map((e) => [e.when.text, e.when.start]);

describe('a sentence with its auxiliary keeps the date', () => {
  it('keeps the last sighting of a person', () => {
    expect(datesOf('The hiker has not been seen since Sunday.', [['Sunday', '2025-09-14']])).toEqual([['Sunday', '2025-09-14']]);
  });
  it('keeps when someone missing was last heard from', () => {
    expect(datesOf('Police are searching for a fisherman not heard from since Sunday.', [['Sunday', '2025-09-14']])).toEqual([['Sunday', '2025-09-14']]);
  });
});
