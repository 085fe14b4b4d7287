// A damaged story record is refused with a sentence, never read into a story whose articles
// point outside its text.
import { describe, expect, it } from 'vitest';
import { readSavedHistory } from '../../../src/app/storage';

const present = (articles: unknown) => ({
  text: 'One.\n\nTwo.',
  article: { title: 'Story', published: '2024-03-12', url: null, publisher: null },
  edits: { changed: [], added: [], deleted: [] },
  settings: {},
  articles,
});
const recordOf = (articles: unknown) => ({ format: 1, id: 't1', savedAt: '2024-03-20T10:00:00Z', history: { present: present(articles), past: [], future: [] } });
const span = (id: string, start: number, end: number) => ({ id, title: null, published: '2024-03-12', url: null, publisher: null, start, end });

describe('a damaged story record', () => {
  it('is refused when an article runs past the text', () => {
    expect(() => readSavedHistory(recordOf([span('a', 0, 4), span('b', 6, 99)]))).toThrow('article 2 of its story points outside the text.');
  });

  it('is refused when two articles overlap', () => {
    expect(() => readSavedHistory(recordOf([span('a', 0, 8), span('b', 6, 10)]))).toThrow('points outside the text');
  });

  it('is refused when the articles are not a list', () => {
    expect(() => readSavedHistory(recordOf({ a: 1 }))).toThrow("its story's articles are not a list.");
  });
});
