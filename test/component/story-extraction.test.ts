import { afterEach, describe, expect, it, vi } from 'vitest';
import { createExtractor, type ExtractResult, type Progress } from '../../src/app/extraction';
import { runExtraction } from '../../src/app/extractJob';
import { joinArticles } from '../../src/lib/story/document';
import type { StoryArticle } from '../../src/lib/story';

const story: StoryArticle[] = [
  { id: 'one.txt', published: '2024-05-02', title: 'River bursts its banks', text: 'The Ouse burst its banks in York on May 1, flooding 300 homes.' },
  { id: 'two.txt', published: '2024-05-04', title: 'Pumps arrive', text: 'Army engineers brought pumps to York on May 3. The river burst its banks on May 1.' },
];
const joined = joinArticles(story);
const meta = { title: 'The York flood', published: '2024-05-04', url: null, publisher: null };
const settle = (ms: number) => new Promise((r) => setTimeout(r, ms));

async function answer(results: unknown[]): Promise<void> {
  for (let i = 0; i < 200 && results.length === 0; i++) await settle(20);
}

afterEach(() => {
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
});

describe('createExtractor with a story, without a Worker (jsdom)', () => {
  it("builds the story document from the articles and reports progress up to the end", async () => {
    const results: ExtractResult[] = [];
    const progress: Progress[] = [];
    const x = createExtractor((r) => results.push(r), 0, (p) => progress.push(p));
    x.request(joined.text, meta, joined.articles);
    await answer(results);
    x.dispose();
    const doc = results[0].ok ? results[0].doc : null;
    expect(doc?.article.title).toBe('The York flood');
    expect(doc?.articles?.map((a) => a.id)).toEqual(['one.txt', 'two.txt']);
    expect(doc?.events.map((e) => e.when.start)).toEqual(['2024-05-01', '2024-05-03']);
    expect(doc?.events[0].sources?.length).toBe(2);
    expect(progress.at(-1)).toEqual({ done: 3, total: 3 });
  });

  it('still extracts one article as before when no articles come with the text', async () => {
    const results: ExtractResult[] = [];
    const progress: Progress[] = [];
    const x = createExtractor((r) => results.push(r), 0, (p) => progress.push(p));
    x.request(story[0].text, meta);
    await answer(results);
    x.dispose();
    expect(results[0].ok && results[0].doc.article).toEqual(meta);
    expect(results[0].ok && 'articles' in results[0].doc).toBe(false);
    expect(progress).toEqual([]);
  });
});

describe('the extraction Worker', () => {
  it('posts progress for a story, then the story document, under the request id', async () => {
    const posted: any[] = [];
    const scope: any = { postMessage: (m: unknown) => posted.push(m) };
    vi.stubGlobal('self', scope);
    await import('../../src/app/extract.worker');
    scope.onmessage({ data: { id: 7, text: joined.text, article: meta, articles: joined.articles } });
    expect(posted.slice(0, -1).every((m) => m.id === 7 && 'progress' in m)).toBe(true);
    expect(posted.at(-2)).toEqual({ id: 7, progress: { done: 3, total: 3 } });
    expect(posted.at(-1)).toMatchObject({ id: 7, ok: true, doc: { articles: joined.articles } });
  });
});

describe('createExtractor with a Worker', () => {
  it("passes only the latest request's progress and answer on", async () => {
    const sent: any[] = [];
    class FakeWorker {
      onmessage: ((e: { data: unknown }) => void) | null = null;
      postMessage(m: any) { sent.push(m); }
      terminate() {}
    }
    let worker!: FakeWorker;
    vi.stubGlobal('Worker', class extends FakeWorker { constructor() { super(); worker = this; } });
    const results: ExtractResult[] = [];
    const progress: Progress[] = [];
    const x = createExtractor((r) => results.push(r), 0, (p) => progress.push(p));
    x.request(joined.text, meta, joined.articles);
    await settle(10);
    x.request(joined.text, meta, joined.articles);
    await settle(10);
    expect(sent.map((m) => [m.id, m.articles.length])).toEqual([[1, 2], [2, 2]]);
    worker.onmessage!({ data: { id: 1, progress: { done: 1, total: 3 } } });
    worker.onmessage!({ data: { id: 2, progress: { done: 2, total: 3 } } });
    worker.onmessage!({ data: { id: 1, ok: false, message: 'late' } });
    worker.onmessage!({ data: { id: 2, ok: false, message: 'latest' } });
    x.dispose();
    expect(progress).toEqual([{ done: 2, total: 3 }]);
    expect(results).toEqual([{ ok: false, message: 'latest' }]);
  });
});

describe('createExtractor with a Worker reading a story', () => {
  it('drops a Worker still reading a story when a newer request comes, and keeps one that answered', async () => {
    const workers: { sent: any[]; terminated: boolean; onmessage: ((e: { data: unknown }) => void) | null }[] = [];
    vi.stubGlobal('Worker', class {
      sent: any[] = [];
      terminated = false;
      onmessage = null;
      constructor() { workers.push(this as never); }
      postMessage(m: unknown) { this.sent.push(m); }
      terminate() { this.terminated = true; }
    });
    const results: ExtractResult[] = [];
    const x = createExtractor((r) => results.push(r), 0);
    x.request(joined.text, meta, joined.articles);
    await settle(10);
    x.request(story[0].text, meta);
    await settle(10);
    expect(workers.map((w) => [w.terminated, w.sent.map((m) => m.id)])).toEqual([[true, [1]], [false, [2]]]);
    workers[1].onmessage!({ data: { id: 2, ok: false, message: 'answered' } });
    x.request(joined.text, meta, joined.articles);
    await settle(10);
    workers[1].onmessage!({ data: { id: 3, ok: false, message: 'story read' } });
    x.request(story[1].text, meta);
    await settle(10);
    x.dispose();
    // the single article's answer came before the next request; the story's answer too
    expect(workers).toHaveLength(2);
    expect(workers[1].sent.map((m) => m.id)).toEqual([2, 3, 4]);
    expect(results.map((r) => !r.ok && r.message)).toEqual(['answered', 'story read']);
  });
});

describe('runExtraction', () => {
  it('tells the page at most every 2% of the work while the clock stands still', () => {
    vi.spyOn(Date, 'now').mockReturnValue(0);
    const many = Array.from({ length: 60 }, (_, i) => ({ id: `a${i}.txt`, published: '2024-05-04', text: `Crews worked on May ${1 + (i % 3)}.` }));
    const { text, articles } = joinArticles(many);
    const seen: number[] = [];
    runExtraction(text, meta, articles, (p) => seen.push(p.done));
    // 60 articles and the build counted as 20 more: 2% of 80 is 1.6, so every second article
    expect(seen).toEqual([...Array.from({ length: 30 }, (_, i) => 2 * (i + 1)), 80]);
  });
});
