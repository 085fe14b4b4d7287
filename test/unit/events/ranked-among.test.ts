// What ranked-among.negative.test.ts's rule keeps. Sentences written for these tests; timexes handmade.
import { describe, expect, it } from 'vitest';
import { buildEvents } from '../../../src/lib/events';
import { timexOf } from './helpers';

const PUBLISHED = '2025-09-18';
const datesOf = (text: string, timexes: [string, string][]) => buildEvents(text, timexes.map(([words, value]) => timexOf(text, words, value)), PUBLISHED).map((e) => [e.when.text, e.when.start]);

describe('a happening told after the ranking keeps its date', () => {
  it('keeps the day the ranked thing happened on', () => {
    expect(datesOf('One of the longest marches this year set off on Monday.', [['this year', '2025'], ['Monday', '2025-09-15']])).toEqual([['Monday', '2025-09-15']]);
  });
  it('keeps a year after a noun that only ends like a superlative', () => {
    expect(datesOf('She joined one of the protest marches this year.', [['this year', '2025']])).toEqual([['this year', '2025-01-01']]);
  });
});
