import { describe, expect, it } from 'vitest';
import { ingest } from '../../../src/lib/ingest';
import { parseHtmlNode as parseHtml } from '../../../src/lib/ingest/dom/node';
import { dayBeforeEdition } from '../../../src/lib/ingest/meta/printEdition';

// A newspaper files a story under the day of the paper it runs in; the page prints the day it
// went up online, the evening before.
const story =
  '<p>The city council voted late on Wednesday to rebuild the old swing bridge rather than replace it, after engineers said the iron frame could be saved.</p>' +
  '<p>Work is due to start in the spring and the bridge will stay shut to cars for about a year, officials said.</p>';
const page = (stamp: string) =>
  `<html><head><title>Council saves swing bridge - Metro Daily</title></head><body><h1>Council saves swing bridge</h1><div class="byline">By Dana Cole</div><div>${stamp}</div>${story}</body></html>`;
const day = (stamp: string, url: string) => {
  const p = ingest(page(stamp), { kind: 'html', parseHtml, url });
  return [p.published, p.publishedFrom];
};

describe('the print edition’s day in the URL', () => {
  it('takes the printed publication day, the evening before the edition', () => {
    expect(day('Published: December 21, 2033', 'https://example.com/2033/12/22/nyregion/swing-bridge.html')).toEqual(['2033-12-21', 'dateline']);
  });

  it('reads a printed day without its year in the edition’s year', () => {
    expect(day('Published: December 21', 'https://example.com/2033/12/22/nyregion/swing-bridge.html')).toEqual(['2033-12-21', 'dateline']);
  });

  it('reads a December stamp on a January edition in the year before', () => {
    expect(dayBeforeEdition('2034-01-01', 'Metro Posted: Sat., Dec. 31 Council saves swing bridge')).toBe('2033-12-31');
  });

  it('reads the publication time the New York Times writes in its meta tags', () => {
    const html = `<html><head><meta name="pdate" content="20331221"><meta name="ptime" content="20331221193006"><title>Council saves swing bridge</title></head><body><h1>Council saves swing bridge</h1>${story}</body></html>`;
    const p = ingest(html, { kind: 'html', parseHtml, url: 'https://example.com/2033/12/22/nyregion/swing-bridge.html' });
    expect([p.published, p.publishedFrom]).toEqual(['2033-12-21T19:30', 'meta']);
  });
});
