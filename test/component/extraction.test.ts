import { describe, expect, it, vi } from 'vitest';
import { createExtractor, type ExtractResult } from '../../src/app/extraction';

const article = { title: null, published: '2025-11-05', url: null, publisher: null };
const settle = (ms: number) => new Promise((r) => setTimeout(r, ms));
// The first answer waits for the pipeline to load, which a loaded machine may take seconds to do:
// wait for it as a condition, not for a fixed number of short sleeps.
const firstAnswer = (results: ExtractResult[]) => vi.waitFor(() => expect(results.length).toBeGreaterThan(0), { timeout: 20_000, interval: 20 });

describe('createExtractor without a Worker (jsdom)', () => {
  it('answers only the latest of several quick requests', async () => {
    const results: ExtractResult[] = [];
    const x = createExtractor((r) => results.push(r), 20);
    x.request('The council met on Monday.', article);
    x.request('The council will meet on Friday.', article);
    await firstAnswer(results);
    await settle(60);
    expect(results).toHaveLength(1);
    expect(results[0].ok && results[0].doc.text).toBe('The council will meet on Friday.');
    x.dispose();
  });

  it('answers the text the page opened with at once, and waits the typing delay after that', async () => {
    const results: ExtractResult[] = [];
    const x = createExtractor((r) => results.push(r), 60_000);
    x.request('The council met on Monday.', article);
    await firstAnswer(results);
    expect(results).toHaveLength(1);
    x.request('The council will meet on Friday.', article);
    await settle(200);
    expect(results).toHaveLength(1);
    x.dispose();
  });

  it('reports an invalid publication date as a message instead of throwing', async () => {
    const results: ExtractResult[] = [];
    const x = createExtractor((r) => results.push(r), 0);
    x.request('Text.', { ...article, published: '2025-13-45' });
    await firstAnswer(results);
    expect(results[0]).toEqual({ ok: false, message: 'invalid publication date: 2025-13-45' });
    x.dispose();
  });
});
