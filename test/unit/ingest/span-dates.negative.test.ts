import { describe, expect, it } from 'vitest';
import { parseHtmlNode } from '../../../src/lib/ingest/dom/node';
import { readPageMeta } from '../../../src/lib/ingest/meta';
import { urlDate } from '../../../src/lib/ingest/meta/urlDate';

const page = (header: string) =>
  readPageMeta(parseHtmlNode(`<html><head><title>Wetland report</title></head><body><div class="story"><h1>Wetland birds return in record numbers</h1>${header}</div></body></html>`), null);

describe('stamps that read like prose stay stamps', () => {
  it('keeps a template’s "online since" stamp', () => {
    expect(page('<div>Article online since November 20th 2030, 0:00</div>\n<p>Rangers found twice as many herons.</p>').published).toBe('2030-11-20T00:00');
  });

  it('keeps a byline’s "on" stamp', () => {
    expect(page('<div>By Lea Park on November 20, 2030</div>\n<p>Rangers found twice as many herons.</p>').published).toBe('2030-11-20');
  });

  it('reads no day from a long number that is no timestamp', () => {
    expect(urlDate('https://example.net/story/20301120996502wet.nb/')).toBeNull();
    expect(urlDate('https://example.net/APHeadline/203011200373')).toBeNull();
  });
});
