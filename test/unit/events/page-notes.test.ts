// Issue 13: what the page-note rule (page-notes.negative.test.ts) keeps: news about another
// outlet's story that was corrected. Sentences written for these tests; timexes handmade.
import { describe, expect, it } from 'vitest';
import { buildEvents } from '../../../src/lib/events';
import { timexOf } from './helpers';

const PUBLISHED = '2023-06-07';
const datesOf = (text: string, timexes: [string, string][]) => buildEvents(text, timexes.map(([words, value]) => timexOf(text, words, value, 'DATE')), PUBLISHED).map((e) => e.when.text);

describe('a story about a story', () => {
  it("keeps the network's correction of its own report", () => {
    expect(datesOf('The report was corrected on Tuesday by the network, which apologised.', [['Tuesday', '2023-06-06']])).toEqual(['Tuesday']);
  });
});
