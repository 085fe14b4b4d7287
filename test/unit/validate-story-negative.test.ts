import { describe, expect, it } from 'vitest';
import { readDocument } from '../../src/lib/validate';

const TEXT = 'Crews capped the well on March 3.\n\nThe well was capped on March 3, officials said.';

function story(): any {
  return {
    version: 1,
    article: { title: 'The spill', published: '2025-03-05', url: null, publisher: null },
    text: TEXT,
    timexes: [],
    articles: [
      { id: 'one', title: 'Well capped', published: '2025-03-04', url: null, publisher: null, start: 0, end: 33 },
      { id: 'two', title: null, published: '2025-03-05', url: null, publisher: null, start: 35, end: TEXT.length },
    ],
    events: [{
      id: 'e1', label: 'Well capped', status: 'past',
      when: { timex: '2025-03-03', start: '2025-03-03', end: '2025-03-03', granularity: 'day', text: null },
      source: { start: 0, end: 33 }, sources: [{ start: 0, end: 33 }],
    }],
  };
}

/** The ids of the articles read from a story whose articles were changed by `change`. */
function idsAfter(change: (articles: any[]) => void): string[] | undefined {
  const d = story();
  change(d.articles);
  return readDocument(d).articles?.map((a) => a.id);
}

describe('a damaged story article is dropped, never refusing the document', () => {
  const cases: Array<[string, (a: any[]) => void, string[]]> = [
    ['an article with no id', (a) => { delete a[0].id; }, ['two']],
    ['an article with an empty id', (a) => { a[0].id = ''; }, ['two']],
    ['an article whose range runs past the text', (a) => { a[1].end = TEXT.length + 1; }, ['one']],
    ['an article whose range runs backwards', (a) => { a[1].start = 50; a[1].end = 40; }, ['one']],
    ['an article with fractional offsets', (a) => { a[0].start = 0.5; }, ['two']],
    ['an article with an impossible publication day', (a) => { a[0].published = '2025-02-30'; }, ['two']],
    ['an article with no publication date', (a) => { delete a[1].published; }, ['one']],
    ['an article whose title is a number', (a) => { a[0].title = 7; }, ['two']],
    ['an article overlapping the one before it', (a) => { a[1].start = 20; }, ['one']],
    ['an article repeating an id', (a) => { a[1].id = 'one'; }, ['one']],
    ['an article that is not an object', (a) => { a[0] = 'one'; }, ['two']],
  ];
  for (const [what, change, kept] of cases) {
    it(`drops ${what} and keeps the rest`, () => {
      expect(idsAfter(change)).toEqual(kept);
    });
  }

  it('leaves articles out when none of them is usable', () => {
    const d = story();
    d.articles = [{ id: 5 }, null];
    const read = readDocument(d);
    expect('articles' in read).toBe(false);
    expect(read.events).toHaveLength(1);
  });

  it('leaves articles out when they are not a list', () => {
    const d = story();
    d.articles = { one: 1 };
    expect('articles' in readDocument(d)).toBe(false);
  });

  it('carries no foreign field of an article into the document', () => {
    const d = story();
    d.articles[0].onclick = 'alert(1)';
    expect(Object.keys(readDocument(d).articles![0]).sort()).toEqual(['end', 'id', 'published', 'publisher', 'start', 'title', 'url']);
  });
});

describe('a damaged source of an event is dropped, never refusing the document', () => {
  it('drops a source past the end of the text', () => {
    const d = story();
    d.events[0].sources = [{ start: 0, end: 33 }, { start: 40, end: 999 }];
    expect(readDocument(d).events[0].sources).toEqual([{ start: 0, end: 33 }]);
  });

  it('drops sources that are not spans and leaves the field out when none is left', () => {
    const d = story();
    d.events[0].sources = ['0-33', { start: -1, end: 4 }, { start: 9, end: 3 }];
    expect('sources' in readDocument(d).events[0]).toBe(false);
  });

  it('still refuses an event whose own source points outside the text', () => {
    const d = story();
    d.events[0].source = { start: 0, end: 999 };
    expect(() => readDocument(d)).toThrow(`Event 1's source sentence points outside the text (offsets 0–999, text length ${TEXT.length}).`);
  });
});
