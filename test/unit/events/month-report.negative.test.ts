// Issue 13: a month that says which statistics a report holds ("The March report beat
// forecasts", "April's retail sales figures", "the June jobs numbers") names the report, which
// is released later; it dates no happening. Sentences written for these tests; timexes handmade.
import { describe, expect, it } from 'vitest';
import { buildEvents } from '../../../src/lib/events';
import { timexOf } from './helpers';

const PUBLISHED = '2025-04-04';
const datesOf = (text: string, timexes: [string, string][]) => buildEvents(text, timexes.map(([words, value]) => timexOf(text, words, value, 'DATE')), PUBLISHED).map((e) => e.when.text).filter((words) => words !== null);

describe('a month naming the report of its figures', () => {
  it.each([
    ['"The March report"', 'The March report comfortably beat forecasts, economists said.', 'March', '2025-03'],
    ['a possessive with two words', 'February’s retail sales figures surprised traders.', 'February', '2025-02'],
    ['"the June jobs numbers"', 'She expects the June jobs numbers to tell a different story.', 'June', '2025-06'],
  ])('%s', (_name, text, words, value) => {
    expect(datesOf(text, [[words, value]])).toEqual([]);
  });
});
