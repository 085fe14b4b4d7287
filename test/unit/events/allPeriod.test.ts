// "all day", "all week", "all month", "all year" told of a deed done lately: a band from the
// start of the day, week, month or year of writing to the day of writing. Sentences written for
// these tests; timexes handmade.
import { describe, expect, it } from 'vitest';
import { buildEvents } from '../../../src/lib/events';
import { timexOf } from './helpers';

const PUBLISHED = '2024-05-16'; // a Thursday
const spansOf = (text: string, words: string, value: string) =>
  buildEvents(text, [timexOf(text, words, value, 'DURATION')], PUBLISHED).filter((e) => e.when.start).map((e) => [e.when.start, e.when.end]);

describe('a whole period told of a deed done lately', () => {
  it('runs "all week" from the Monday to the day of writing, after a plain past', () => {
    expect(spansOf('The reserve goalkeeper trained with the first squad all week.', 'all week', 'P1W')).toEqual([['2024-05-13', '2024-05-16']]);
  });
  it('reads a present perfect progressive: "has been negotiating all week"', () => {
    expect(spansOf('A spokeswoman said the mayor has been negotiating all week with the bus drivers.', 'all week', 'P1W')).toEqual([['2024-05-13', '2024-05-16']]);
  });
  it('runs "all year" from the first of January, after a perfect passive', () => {
    expect(spansOf('The orchard has been hit all year by late frosts.', 'all year', 'P1Y')).toEqual([['2024-01-01', '2024-05-16']]);
  });
  it('keeps "all day" to the day of writing, after "have been" and a place', () => {
    expect(spansOf('Lifeguards have been on the beach all day.', 'all day', 'P1D')).toEqual([['2024-05-16', '2024-05-16']]);
  });
  it('runs "all month" from the first of the month', () => {
    expect(spansOf('Volunteers cleared litter from the riverbank all month.', 'all month', 'P1M')).toEqual([['2024-05-01', '2024-05-16']]);
  });
});
