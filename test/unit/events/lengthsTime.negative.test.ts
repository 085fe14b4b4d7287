// What "time" after a count must NOT make a date of: a length the work took, told of the past, and
// a count that is no length ahead. Sentences written for these tests; timexes handmade.
import { describe, expect, it } from 'vitest';
import { buildEvents } from '../../../src/lib/events';
import { timexOf } from './helpers';

const PUBLISHED = '1987-03-25';
const dated = (text: string, words: string, value: string) =>
  buildEvents(text, [timexOf(text, words, value, 'DURATION')], PUBLISHED).filter((e) => e.when.start);

describe('"time" after a count that dates nothing', () => {
  it('leaves a past length alone: "was rebuilt in two weeks\' time"', () => {
    expect(dated("The damaged pier was rebuilt in two weeks' time.", 'two weeks', 'P2W')).toEqual([]);
  });
  it('leaves a length of a habit alone: "takes three weeks time to ship"', () => {
    expect(dated('Each cargo takes three weeks time to ship from Santos.', 'three weeks', 'P3W')).toEqual([]);
  });
});
