import { describe, expect, it } from 'vitest';
import { ingest } from '../../../src/lib/ingest';
import { parseHtmlNode as parseHtml } from '../../../src/lib/ingest/dom/node';

const page = (furniture: string, story = '<p>The ferry service to the islands resumed after the storm, with the first crossing full.</p>') =>
  `<html><head><title>Ferries run again</title></head><body><table><tr><td>${story}</td></tr><tr><td>${furniture}</td></tr></table></body></html>`;
const published = (html: string) => ingest(html, { kind: 'html', parseHtml }).published;

describe('dates that are no stamp of the page', () => {
  it('leaves a date in the story’s prose alone', () => {
    expect(published(page('', '<p>The ferry line opened on March 3, 2009, the company said, and has run daily since.</p>'))).toBeNull();
  });

  it('leaves a licence’s or a teaser’s "last update" alone: an update is a template field', () => {
    expect(published(page('Script licence v 2.1, last update November 2, 2003'))).toBeNull();
    expect(published(page('<a href="/x">Timetable updated - 09 Nov, 2008</a>'))).toBeNull();
  });

  it('leaves the stamps of a related-stories list alone', () => {
    expect(published(page('<div class="related"><a href="/y">Harbour fees rise</a> Published: May 2, 2009</div>'))).toBeNull();
  });

  it('is not read when the page states its date in metadata', () => {
    const html = page('Published: May 2, 2009').replace('<title>', '<meta property="article:published_time" content="2009-05-01T08:00"><title>');
    expect(ingest(html, { kind: 'html', parseHtml }).published).toBe('2009-05-01T08:00');
  });

  it('leaves the stamp of a small form (a comment box) alone', () => {
    expect(published(page('<form action="/comment"><label>Published: May 2, 2009</label><textarea></textarea></form>'))).toBeNull();
  });
});
