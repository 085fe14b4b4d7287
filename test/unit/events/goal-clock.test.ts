// A time of day told with a.m. or p.m. keeps its date, even in a sentence about goals. Sentences
// written for these tests; timexes handmade.
import { describe, expect, it } from 'vitest';
import { buildEvents } from '../../../src/lib/events';
import { timexOf } from './helpers';

const PUBLISHED = '2025-02-02';
const datesOf = (text: string, timexes: [string, string, 'DATE' | 'TIME'][]) => buildEvents(text, timexes.map(([words, value, type]) => timexOf(text, words, value, type)), PUBLISHED).map((e) => [e.when.text, e.when.start]);

describe('a clock of the day keeps its date', () => {
  it('keeps a meeting on goals set for 3:30 p.m.', () => {
    expect(datesOf('The board met at 3:30 p.m. to discuss its goals for the season.', [['3:30 p.m.', '2025-02-02T15:30', 'TIME']])).toEqual([['3:30 p.m.', '2025-02-02']]);
  });
  it('keeps a clock of the day that a mark follows in other words', () => {
    expect(datesOf('The ferry left at 6:15 p.m., the mark of a busy day.', [['6:15 p.m.', '2025-02-02T18:15', 'TIME']])).toEqual([['6:15 p.m.', '2025-02-02']]);
  });
});
