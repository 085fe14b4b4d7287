// Issue 13: what the page-note rule (page-notes.negative.test.ts) keeps: news about another
// outlet's story that was corrected. Sentences written for these tests; timexes handmade.
import { describe, expect, it } from 'vitest';
import { dateWordsWith } from './helpers';

const PUBLISHED = '2023-06-07';
const datesOf = dateWordsWith(PUBLISHED);

describe('a story about a story', () => {
  it("keeps the network's correction of its own report", () => {
    expect(datesOf('The report was corrected on Tuesday by the network, which apologised.', [['Tuesday', '2023-06-06']])).toEqual(['Tuesday']);
  });
});
