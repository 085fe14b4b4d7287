// A story is published with only the sentences its entries cite: the entries and every quoted
// sentence read exactly as in the whole story, at the moved offsets.
import { describe, expect, it } from 'vitest';
import { readDocument } from '../../../src/lib/validate';
import { sourcesOf } from '../../../src/lib/edits';
import { storyDocument } from '../../../src/lib/story/document';
import { publishedCopy } from '../../../src/app/story/publishedCopy';

const filler = 'The weather stayed mild and markets were calm through the week. '.repeat(40);
const ARTICLES = [
  { id: 'ledger.txt', published: '2024-03-04', title: 'Council shuts bridge', text: `${filler}The city council voted on Monday to close the Old Mill bridge after inspectors found cracks. ${filler}` },
  { id: 'herald.txt', published: '2024-03-05', text: `${filler}The Old Mill bridge closed on Monday after the council vote. Repairs are due to start on March 11. ${filler}` },
  { id: 'wire.txt', published: '2024-03-12', text: `${filler}Repair crews began work on the Old Mill bridge on Monday. The bridge should reopen to walkers on March 20.` },
];

describe('the published copy of a story', () => {
  const story = storyDocument(ARTICLES, { dates: 20, sentences: 2, title: 'The Old Mill bridge' });
  const copy = publishedCopy(story);

  it('quotes every entry’s sentences exactly as the whole story does', () => {
    expect(copy.events.map((e) => e.label)).toEqual(story.events.map((e) => e.label));
    const quoted = (d: typeof story) => d.events.map((e) => sourcesOf(e).map((s) => d.text.slice(s.start, s.end)));
    expect(quoted(copy)).toEqual(quoted(story));
  });

  it('is a small fraction of the story’s text and still a valid story document', () => {
    expect(copy.text.length).toBeLessThan(story.text.length / 5);
    const read = readDocument(JSON.parse(JSON.stringify(copy)));
    expect(read.articles?.length).toBe(copy.articles?.length);
    expect(read.events).toEqual(copy.events);
  });

  it('leaves a single article’s document whole', () => {
    const { articles: _a, ...single } = story;
    expect(publishedCopy(single)).toBe(single);
  });
});
