import { describe, expect, it } from 'vitest';
import { readDocument } from '../../src/lib/validate';
import type { NewslineDocument } from '../../src/lib/document';

// Two articles joined by a blank line, as a story document holds them.
const FIRST = 'Crews capped the well on March 3.';
const SECOND = 'The well was capped on March 3, officials said.';
const TEXT = `${FIRST}\n\n${SECOND}`;
const B = FIRST.length + 2;

function story(): NewslineDocument {
  return {
    version: 1,
    article: { title: 'The spill', published: '2025-03-05', url: null, publisher: null },
    text: TEXT,
    timexes: [{ start: 25, end: 32, text: 'March 3', type: 'DATE', value: '2025-03-03' }],
    articles: [
      { id: 'a/one.txt', title: 'Well capped', published: '2025-03-04', url: 'https://example.com/1', publisher: 'Wire', start: 0, end: FIRST.length },
      { id: 'b/two.txt', title: null, published: '2025-03-05T09:30', publishedFrom: 'given', url: null, publisher: null, start: B, end: TEXT.length },
    ],
    events: [
      {
        id: 'story-2025-03-03-1', label: 'Crews capped the well', status: 'past',
        when: { timex: '2025-03-03', start: '2025-03-03', end: '2025-03-03', granularity: 'day', text: null },
        source: { start: 0, end: FIRST.length },
        sources: [{ start: 0, end: FIRST.length }, { start: B, end: TEXT.length }],
      },
    ],
  };
}

describe('readDocument on a story document', () => {
  it('returns a story document with its articles and sources unchanged', () => {
    expect(readDocument(structuredClone(story()))).toEqual(story());
  });

  it('keeps the articles and sources through a JSON round trip', () => {
    const read = readDocument(JSON.parse(JSON.stringify(story())));
    expect(read.articles?.map((a) => [a.id, a.start, a.end])).toEqual([['a/one.txt', 0, FIRST.length], ['b/two.txt', B, TEXT.length]]);
    expect(read.events[0].sources).toEqual([{ start: 0, end: FIRST.length }, { start: B, end: TEXT.length }]);
  });

  it('keeps well-formed articles beside a damaged one', () => {
    const d: any = structuredClone(story());
    d.articles.splice(1, 0, { id: 'bad', published: 'yesterday', start: 0, end: 3 });
    expect(readDocument(d).articles?.map((a) => a.id)).toEqual(['a/one.txt', 'b/two.txt']);
  });

  it('keeps the good sources of an event beside a bad one', () => {
    const d: any = structuredClone(story());
    d.events[0].sources.push({ start: 3, end: 9999 });
    expect(readDocument(d).events[0].sources).toEqual([{ start: 0, end: FIRST.length }, { start: B, end: TEXT.length }]);
  });

  it('opens an event whose source lies outside every article', () => {
    const d: any = structuredClone(story());
    d.articles = [d.articles[1]];
    const read = readDocument(d);
    expect(read.events[0].source).toEqual({ start: 0, end: FIRST.length });
    expect(read.articles?.map((a) => a.id)).toEqual(['b/two.txt']);
  });

  it('reads a document without articles or sources exactly as before', () => {
    const d: any = structuredClone(story());
    delete d.articles;
    delete d.events[0].sources;
    const read = readDocument(d);
    expect(read).toEqual(d);
    expect('articles' in read).toBe(false);
    expect('sources' in read.events[0]).toBe(false);
  });
});
