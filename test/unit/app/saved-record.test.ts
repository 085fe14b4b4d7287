// Saved records read back from localStorage: a record of another format is refused with a
// sentence that says which way it differs and what to do, naming the stored value.
import { describe, expect, it } from 'vitest';
import { readSavedHistory } from '../../../src/app/storage';

const present = {
  text: 'The council met on Monday.',
  article: { title: 'Council', published: '2025-11-05', url: null, publisher: null },
  edits: { changed: [], added: [], deleted: [] },
  settings: {},
};
const record = (format: unknown) => ({ format, id: 't1', savedAt: '2025-11-05T10:00:00Z', history: { present, past: [], future: [] } });

describe('readSavedHistory and the record format', () => {
  it('reads format 1 and a record written before formats were numbered', () => {
    expect(readSavedHistory(record(1)).present.text).toBe(present.text);
    expect(readSavedHistory(record(undefined)).present.article.title).toBe('Council');
  });

  it.each([
    [0, 'it was saved in an older format (0) that this version of Newsline no longer reads; if you downloaded it as JSON, open that file instead.'],
    [-3, 'it was saved in an older format (-3) that this version of Newsline no longer reads; if you downloaded it as JSON, open that file instead.'],
    [2, 'it was saved by a newer version of Newsline (format 2); open it in that version, or if you downloaded it as JSON, open that file instead.'],
    ['1', 'its format is marked "1", which no version of Newsline writes; if you downloaded it as JSON, open that file instead.'],
    [{ v: 1 }, 'its format is marked {"v":1}, which no version of Newsline writes; if you downloaded it as JSON, open that file instead.'],
    [1.5, 'its format is marked 1.5, which no version of Newsline writes; if you downloaded it as JSON, open that file instead.'],
  ])('refuses format %j with the sentence: %s', (format, message) => {
    expect(() => readSavedHistory(record(format))).toThrow(message);
  });

  it('never calls an older record newer', () => {
    expect(() => readSavedHistory(record(0))).not.toThrow(/newer/);
  });
});
