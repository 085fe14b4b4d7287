import { describe, expect, it } from 'vitest';
import { createExtractor, type ExtractResult, type Progress } from '../../src/app/extraction';
import { joinArticles } from '../../src/lib/story/document';

const joined = joinArticles([
  { id: 'one.txt', published: '2024-05-02', text: 'The Ouse burst its banks in York on May 1.' },
  { id: 'two.txt', published: '2024-05-04', text: 'Army engineers brought pumps to York on May 3.' },
]);
const meta = { title: null, published: '2024-05-04', url: null, publisher: null };
const settle = (ms: number) => new Promise((r) => setTimeout(r, ms));

async function answer(results: unknown[]): Promise<void> {
  for (let i = 0; i < 200 && results.length === 0; i++) await settle(20);
}

describe('a story extraction does not', () => {
  it('throw on a story article with an impossible date: it answers with a message', async () => {
    const results: ExtractResult[] = [];
    const x = createExtractor((r) => results.push(r), 0);
    x.request(joined.text, meta, [{ ...joined.articles[0], published: '2024-02-30' }]);
    await answer(results);
    x.dispose();
    expect(results[0]).toEqual({ ok: false, message: 'invalid publication date: 2024-02-30' });
  });

  it('report the progress of a request that a later one replaced', async () => {
    const results: ExtractResult[] = [];
    const progress: Progress[] = [];
    const x = createExtractor((r) => results.push(r), 0, (p) => progress.push(p));
    x.request(joined.text, meta, joined.articles);
    x.request('The council met on Monday.', meta);
    await answer(results);
    await settle(100);
    x.dispose();
    expect(results).toHaveLength(1);
    expect(results[0].ok && results[0].doc.text).toBe('The council met on Monday.');
    expect(progress).toEqual([]);
  });
});
