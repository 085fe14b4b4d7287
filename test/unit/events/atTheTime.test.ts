// A saying told "at the time" takes the date of the happening the sentences just before told.
// Sentences written for these tests; timexes handmade.
import { describe, expect, it } from 'vitest';
import { buildEvents } from '../../../src/lib/events';
import { timexOf } from './helpers';

const PUBLISHED = '2024-05-15';
const spansOf = (text: string, words: string, value: string) =>
  buildEvents(text, [timexOf(text, words, value)], PUBLISHED).filter((e) => e.when.start).map((e) => [e.when.text, e.when.start, e.when.end]);

describe('a saying told at the time', () => {
  it('takes the year of the happening told in the sentence before: "said at the time"', () => {
    expect(spansOf('The brewery bought the old mill last year. Its chairman said at the time that the mill would be kept open.', 'last year', '2023')).toEqual([
      ['last year', '2023-01-01', '2023-12-31'],
      ['at the time', '2023-01-01', '2023-12-31'],
    ]);
  });
  it('reads "said at that time" two sentences on', () => {
    expect(spansOf('In March, the ferry company asked the council for a new berth. The council has not replied. The company said at that time it would wait a year.', 'In March', '2024-03')).toEqual([
      ['In March', '2024-03-01', '2024-03-31'],
      ['at that time', '2024-03-01', '2024-03-31'],
    ]);
  });
  it('reads the words fronted before a saying: "At the time, the mayor said ..."', () => {
    expect(spansOf('The bridge closed on May 2. At the time, the mayor said repairs would take a month.', 'May 2', '2024-05-02')).toEqual([
      ['May 2', '2024-05-02', '2024-05-02'],
      ['At the time', '2024-05-02', '2024-05-02'],
    ]);
  });
});
