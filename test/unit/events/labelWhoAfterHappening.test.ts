// "the arrest of a driver who fled the scene in 2019": a happening is no one, so a "who" after
// "the arrest of a ..." or "the visit by the ..." is said of the person named after it, and a date
// inside the relative clause labels what that person did (restrictive.ts).
import { describe, expect, it } from 'vitest';
import { buildEvents } from '../../../src/lib/events';
import { timexOf } from './helpers';

const labelsOf = (text: string, words: string, value: string) => buildEvents(text, [timexOf(text, words, value)], '2024-05-15').map((e) => e.label);

describe('a "who" after a happening and its phrase', () => {
  it.each([
    ['Police reopened the case after the arrest of a driver who fled the scene in 2019.', '2019', '2019', 'A driver fled the scene'],
    ['Critics recalled the visit by a banker who paid the fines in 2010.', '2010', '2010', 'A banker paid the fines'],
  ])('%j', (text, words, value, label) => {
    expect(labelsOf(text, words, value)).toEqual([label]);
  });
});
