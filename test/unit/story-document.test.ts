import { describe, expect, it } from 'vitest';
import { articleAt, articlesOf, joinArticles, storyDocument } from '../../src/lib/story/document';
import type { StoryArticle } from '../../src/lib/story';
import { readDocument } from '../../src/lib/validate';

// Three short reports of one flood, published on different days (the second with a time).
const FLOOD: StoryArticle = {
  id: 'wire/2024-05-02-flood.txt', published: '2024-05-02', title: 'River bursts its banks',
  text: 'The Ouse burst its banks in York on May 1, flooding 300 homes.\n\nResidents were moved to the Barbican centre overnight. The council said pumps would arrive on May 3.',
};
const PUMPS: StoryArticle = {
  id: 'wire/2024-05-04-pumps.txt', published: '2024-05-04T08:15', title: 'Pumps arrive in York',
  text: 'Army engineers brought pumps to York on May 3, two days after the river flooded 300 homes.\n\nThe water had fallen by a metre yesterday, officials said.',
};
const INQUIRY: StoryArticle = {
  id: 'wire/2024-05-09-inquiry.txt', published: '2024-05-09', title: 'Inquiry into York flood',
  text: 'The government ordered an inquiry into the York flood on May 8. The inquiry will report on June 30, ministers said. The river burst its banks on May 1.',
};
const STORY = [FLOOD, PUMPS, INQUIRY];
const OPTIONS = { dates: 10, sentences: 2 };

const eventOn = (doc: ReturnType<typeof storyDocument>, day: string) => doc.events.find((e) => e.when.start === day)!;
const articleOf = (doc: ReturnType<typeof storyDocument>, span: { start: number }) => articleAt(doc.articles, span.start)?.id;

describe('storyDocument', () => {
  const doc = storyDocument(STORY, OPTIONS);

  it('joins the articles in the order given, a blank line between them', () => {
    expect(doc.text).toBe(`${FLOOD.text}\n\n${PUMPS.text}\n\n${INQUIRY.text}`);
    expect(doc.articles!.map((a) => doc.text.slice(a.start, a.end))).toEqual([FLOOD.text, PUMPS.text, INQUIRY.text]);
    expect(doc.articles!.map((a) => [a.id, a.title, a.published])).toEqual([
      [FLOOD.id, 'River bursts its banks', '2024-05-02'],
      [PUMPS.id, 'Pumps arrive in York', '2024-05-04T08:15'],
      [INQUIRY.id, 'Inquiry into York flood', '2024-05-09'],
    ]);
  });

  it('makes the story its own article: the first headline, the newest publication date, no url', () => {
    expect(doc.article).toEqual({ title: 'River bursts its banks', published: '2024-05-09', url: null, publisher: null });
  });

  it("takes the desk's headline over the first article's", () => {
    expect(storyDocument(STORY, { ...OPTIONS, title: 'The York flood' }).article.title).toBe('The York flood');
  });

  it('turns each day of the story into one event dated to that day', () => {
    const at = doc.articles![2].start; // the inquiry's first sentence, 63 characters

    expect(doc.events.map((e) => e.when.start)).toEqual(['2024-04-30', '2024-05-01', '2024-05-03', '2024-05-08', '2024-06-30']);
    expect(eventOn(doc, '2024-05-08')).toEqual({
      id: 'story-2024-05-08-1', label: 'The government ordered an inquiry into the York flood', status: 'past',
      when: { timex: '2024-05-08', start: '2024-05-08', end: '2024-05-08', granularity: 'day', text: null },
      source: { start: at, end: at + 63 }, sources: [{ start: at, end: at + 63 }],
    });
  });

  it('points each source at the sentence in the article that told it', () => {
    const mayFirst = eventOn(doc, '2024-05-01');
    // (which comes first is the summary's choice: a later report that names the day whole)
    expect(mayFirst.sources!.map((s) => doc.text.slice(s.start, s.end)).sort()).toEqual([
      'The Ouse burst its banks in York on May 1, flooding 300 homes.', 'The river burst its banks on May 1.',
    ]);
    expect(mayFirst.sources!.map((s) => articleOf(doc, s)).sort()).toEqual([FLOOD.id, INQUIRY.id].sort());
    expect(mayFirst.source).toEqual(mayFirst.sources![0]);
    // May 3 is told by what happened that day, not by the flood report's announcement of it
    // ("pumps would arrive on May 3"); which comes first is the label's business
    // (story-document-label.test.ts)
    expect(eventOn(doc, '2024-05-03').sources!.map((s) => doc.text.slice(s.start, s.end)).sort()).toEqual([
      'Army engineers brought pumps to York on May 3, two days after the river flooded 300 homes.',
      'The water had fallen by a metre yesterday, officials said.',
    ]);
    expect(eventOn(doc, '2024-05-03').sources!.map((s) => articleOf(doc, s))).toEqual([PUMPS.id, PUMPS.id]);
  });

  it('keeps every source inside one article', () => {
    for (const s of doc.events.flatMap((e) => e.sources!)) expect(articleAt(doc.articles, s.end - 1)).toBe(articleAt(doc.articles, s.start));
  });

  it('tags each article against its own publication date', () => {
    const yesterday = doc.timexes.find((t) => t.text === 'yesterday')!;
    expect(yesterday.value).toBe('2024-05-03');
    expect(articleOf(doc, yesterday)).toBe(PUMPS.id);
    for (const t of doc.timexes) expect(doc.text.slice(t.start, t.end)).toBe(t.text);
  });

  it('says past up to the newest publication day and projected after it', () => {
    expect(eventOn(doc, '2024-06-30').status).toBe('projected');
    expect(eventOn(doc, '2024-05-08').status).toBe('past');
    const early = storyDocument([FLOOD], OPTIONS);
    expect(early.article.published).toBe('2024-05-02');
    expect(eventOn(early, '2024-05-03').status).toBe('projected');
    expect(eventOn(early, '2024-05-01').status).toBe('past');
  });

  it('builds a single article into a story of one article', () => {
    const one = storyDocument([PUMPS], OPTIONS);
    expect(one.text).toBe(PUMPS.text);
    expect(one.articles).toEqual([{ id: PUMPS.id, title: 'Pumps arrive in York', published: '2024-05-04T08:15', url: null, publisher: null, start: 0, end: PUMPS.text.length }]);
    expect(one.article.published).toBe('2024-05-04T08:15');
    // "two days after the river flooded" names no day: only May 3 (and "yesterday", May 3)
    expect(one.events.map((e) => e.when.start)).toEqual(['2024-05-03']);
  });

  it('takes the newest date whatever the order the articles come in, and keeps that order', () => {
    const reversed = storyDocument([INQUIRY, PUMPS, FLOOD], OPTIONS);
    expect(reversed.article.published).toBe('2024-05-09');
    expect(reversed.article.title).toBe('Inquiry into York flood');
    expect(reversed.articles!.map((a) => a.id)).toEqual([INQUIRY.id, PUMPS.id, FLOOD.id]);
    expect(reversed.events.map((e) => e.when.start)).toEqual(doc.events.map((e) => e.when.start));
  });

  it('gives the same ids and the same document on a second build', () => {
    const again = storyDocument(STORY, OPTIONS);
    expect(again.events.map((e) => e.id)).toEqual(['story-2024-04-30-1', 'story-2024-05-01-1', 'story-2024-05-03-1', 'story-2024-05-08-1', 'story-2024-06-30-1']);
    expect(again).toEqual(doc);
  });

  it('reads back through readDocument unchanged', () => {
    expect(readDocument(JSON.parse(JSON.stringify(doc)))).toEqual(doc);
  });

  it('reports progress article by article, ending at its total', () => {
    const calls: [number, number][] = [];
    storyDocument(STORY, { ...OPTIONS, onProgress: (done, total) => calls.push([done, total]) });
    expect(calls).toEqual([[1, 4], [2, 4], [3, 4], [4, 4]]);
  });
});

describe('joinArticles, articlesOf and articleAt', () => {
  const joined = joinArticles(STORY);

  it('gives the articles back with their own texts', () => {
    expect(articlesOf(joined)).toEqual(STORY.map((a) => ({ ...a, url: null, publisher: null })));
  });

  it('finds the article an offset falls in, and none in the break between two', () => {
    const [a, b, c] = joined.articles;
    expect(articleAt(joined.articles, 0)).toBe(a);
    expect(articleAt(joined.articles, a.end - 1)).toBe(a);
    expect(articleAt(joined.articles, a.end)).toBeNull();
    expect(articleAt(joined.articles, b.start)).toBe(b);
    expect(articleAt(joined.articles, c.end - 1)).toBe(c);
    expect(articleAt(joined.articles, c.end)).toBeNull();
  });

  it('finds no article in a single-article document', () => {
    expect(articleAt(undefined, 0)).toBeNull();
    expect(articlesOf({ text: 'One article.' })).toEqual([]);
  });
});
