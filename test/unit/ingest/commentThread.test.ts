// A reader comment thread run on after the story is furniture from its first mark on; the
// story before it keeps its events.
import { describe, expect, it } from 'vitest';
import { commentThreadStart } from '../../../src/lib/ingest/commentThread';
import { furnitureSpans } from '../../../src/lib/ingest/furniture';
import { extract } from '../../../src/lib/extract';

const story = 'The county opened the new ferry terminal on Friday, officials said.';
const meta = { title: null, published: '2012-03-12', url: null, publisher: null };

describe('a reader comment thread', () => {
  it.each([
    ['a 24-hour "wrote:" signature', `${story} At 21:02 10th Mar 2012, harbourwatch wrote: Next week they will close the old pier, mark my words.`],
    ['a "wrote:" signature', `${story} At 9:02 am on 10 Mar 2012, harbourwatch wrote: Next week they will close the old pier, mark my words.`],
    ['a comment stamp with its pipe', `${story}\nMarch 10, 2012 at 9:02 am | Next week they will close the old pier, mark my words.`],
    ['a comment stamp with its clock twice and its pipe', `${story}\nMarch 10, 2012 09:02 am at 9:02 am | Next week they will close the old pier, mark my words.`],
    ['a "Report abuse" link', `${story}\nReport abuse Next week they will close the old pier, mark my words.`],
    ['two comments stamped with their day and clock alone', `${story}\n11th Mar 2012 - 09:14 Next week they will close the old pier, mark my words.\n11th Mar 2012 - 08:50 Tomorrow the council meets again.`],
  ])('starts at %s and gives no events', (_, text) => {
    const start = commentThreadStart(text);
    expect(start).toBeGreaterThanOrEqual(story.length);
    expect(furnitureSpans(text).at(-1)).toEqual({ start, end: text.length });
    expect(extract(text, meta).events.map((e) => e.when.text)).toEqual(['Friday']);
  });
});
