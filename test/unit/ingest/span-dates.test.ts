import { describe, expect, it } from 'vitest';
import { parseHtmlNode } from '../../../src/lib/ingest/dom/node';
import { readPageMeta } from '../../../src/lib/ingest/meta';

// A header box that holds the story's first paragraph: a date opening or closing a span there is
// the story's, not the page's stamp.
const page = (header: string, url: string | null = null) =>
  readPageMeta(parseHtmlNode(`<html><head><title>Wetland report</title></head><body><div class="story"><h1>Wetland birds return in record numbers</h1>${header}</div></body></html>`), url);

describe('dates of a span in the opening paragraph', () => {
  it('skips the span and takes the stamp after it', () => {
    const m = page('<p>Counting the birds from 3 March 2030 to 9 October 2030, rangers found twice as many herons.</p><p class="x">Posted: November 20, 2030</p>');
    expect(m.published).toBe('2030-11-20');
  });

  it('falls back to the URL’s timestamp when only the span is dated', () => {
    const m = page('<p>Counting the birds between 3 March 2030 and 9 October 2030, rangers found twice as many herons.</p>', 'https://example.net/story/20301120091502wet.nb/top/Wetland.html');
    expect([m.published, m.publishedFrom]).toEqual(['2030-11-20', 'url']);
  });
});
