import { describe, expect, it } from 'vitest';
import { ingest } from '../../../src/lib/ingest';
import { parseHtmlNode as parseHtml } from '../../../src/lib/ingest/dom/node';

// Pages of the 2000s: no meta tags, no <time>, no <h1>; the day is printed in the template.
const page = (furniture: string, story = '<p>The ferry service to the islands resumed after the storm, with the first crossing full.</p>') =>
  `<html><head><title>Ferries run again</title></head><body><table><tr><td class="hd"><b>Ferries run again</b></td></tr><tr><td>${furniture}</td></tr><tr><td>${story}</td></tr></table></body></html>`;
const published = (html: string) => {
  const p = ingest(html, { kind: 'html', parseHtml });
  return [p.published, p.publishedFrom];
};

describe('a stamp the page labels in its text', () => {
  it('reads a named publication field', () => {
    expect(published(page('Published Date: 03 March 2009 Source: Wire'))).toEqual(['2009-03-03', 'dateline']);
  });

  it('reads a wire credit line and its time', () => {
    expect(published(page('Associated Press - March 4, 2009 5:10 PM ET'))).toEqual(['2009-03-04T17:10', 'dateline']);
  });

  it('reads a "Posted" label with the weekday between it and the date', () => {
    expect(published(page('By Ann Lee Posted: Thursday Mar 5, 2009'))).toEqual(['2009-03-05', 'dateline']);
  });

  it('takes the last update field when nothing says published', () => {
    expect(published(page('Last Updated: Wednesday, 4 March 2009, 09:12 GMT'))).toEqual(['2009-03-04T09:12', 'dateline']);
  });

  it('prefers the publication to an update printed before it', () => {
    expect(published(page('Last Updated: 6 March 2009 | Published: 2 March 2009'))).toEqual(['2009-03-02', 'dateline']);
  });
});
