// What must NOT become an event: when a thing was last done, set against the news ("an action not taken since 1951"). Sentences written for these tests; timexes handmade.
import { describe, expect, it } from 'vitest';
import { buildEvents } from '../../../src/lib/events';
import { timexOf } from './helpers';

const PUBLISHED = '2025-09-18';
const datesOf = (text: string, timexes: [string, string][]) => buildEvents(text, timexes.map(([words, value]) => timexOf(text, words, value)), PUBLISHED).map((e) => [e.when.text, e.when.start]);

describe('a thing not done since a date is a yardstick', () => {
  it('drops the year after a noun and a negated participle', () => {
    expect(datesOf('The senate overruled the governor, a step not attempted since 1974.', [['1974', '1974']])).toEqual([]);
  });
  it('drops the decade of scenes never witnessed since', () => {
    expect(datesOf('Crowds filled the square in scenes never witnessed since the 1980s.', [['the 1980s', '198']])).toEqual([]);
  });
});
