import { describe, expect, it, vi } from 'vitest';
import { ingest } from '../../../src/lib/ingest';
import { parseHtmlNode as parseHtml } from '../../../src/lib/ingest/dom/node';

// Readability throws on some real trees (it walks from its best block up to <body> and finds a
// block it moved itself detached). Its failure must cost the page nothing but Readability's pick.
vi.mock('@mozilla/readability', () => ({
  Readability: class {
    parse(): never {
      throw new TypeError("Cannot read properties of null (reading 'tagName')");
    }
  },
}));

describe('a page Readability cannot read', () => {
  it('is read from its main box instead of failing', () => {
    const html = '<html><head><title>Pool reopens</title></head><body><nav>Home | Sport</nav><main><p>The town pool reopened on Saturday after a summer of repairs to its roof and filters.</p><p>Swimmers queued from seven in the morning, the manager said.</p></main></body></html>';
    const page = ingest(html, { kind: 'html', parseHtml });
    expect(page.title).toBe('Pool reopens');
    expect(page.text).toBe('The town pool reopened on Saturday after a summer of repairs to its roof and filters.\n\nSwimmers queued from seven in the morning, the manager said.');
  });
});
