import { describe, expect, it } from 'vitest';
import { parseHtmlNode } from '../../../src/lib/ingest/dom/node';
import { readPageMeta } from '../../../src/lib/ingest/meta';
import { siteNames, withoutSiteName } from '../../../src/lib/ingest/meta/siteName';

const meta = (head: string, body = '', url: string | null = null) =>
  readPageMeta(parseHtmlNode(`<html><head>${head}</head><body>${body}</body></html>`), url);

describe('readPageMeta: headline, publisher and URL', () => {
  it.each([
    ['Storm shuts northern ferry routes | Reuters', 'https://www.reuters.com/world/storm', 'Storm shuts northern ferry routes'],
    ['Storm shuts northern ferry routes - BBC News', 'https://www.bbc.co.uk/news/storm', 'Storm shuts northern ferry routes'],
    ['Bouřka uzavřela přístav | Aktuálně.cz', 'https://zpravy.aktualne.cz/bourka', 'Bouřka uzavřela přístav'],
    ['BBC News - Storm shuts northern ferry routes', 'https://www.bbc.co.uk/news/storm', 'Storm shuts northern ferry routes'],
  ])('takes the site name off %j', (title, url, expected) => {
    expect(meta(`<title>${title}</title>`, '', url).title).toBe(expected);
  });

  it('never cuts a headline that merely contains a dash', () => {
    expect(meta('<title>Mayor - and her rivals - agree on budget</title>', '', 'https://example.org/a').title).toBe('Mayor - and her rivals - agree on budget');
  });

  it('cuts a suffix that matches og:site_name', () => {
    expect(meta('<meta property="og:site_name" content="The Valley Courier"><meta property="og:title" content="Dam inspection finds cracks – The Valley Courier">').title).toBe('Dam inspection finds cracks');
  });

  it('prefers the printed h1 to a different social title', () => {
    expect(meta('<meta property="og:title" content="Cracks found in dam">', '<h1>Inspectors find cracks in the valley dam</h1>').title).toBe('Inspectors find cracks in the valley dam');
  });

  it('does not take a blog\'s name in the h1 for the headline', () => {
    expect(meta('<title>Notes from the Allotment - Slugs ate my lettuce again</title>', '<h1>Notes from the Allotment</h1>').title).toBe('Slugs ate my lettuce again');
  });

  it('reads JSON-LD headline and publisher, decoding entities the writer left in', () => {
    const ld = JSON.stringify({ '@type': 'NewsArticle', headline: 'Farmers &amp; grocers sign deal', publisher: { '@type': 'Organization', name: 'Plains Herald' } });
    const m = meta(`<script type="application/ld+json">${ld}</script>`);
    expect([m.title, m.publisher]).toEqual(['Farmers & grocers sign deal', 'Plains Herald']);
  });

  it('resolves a relative canonical link against the page URL', () => {
    expect(meta('<link rel="canonical" href="/story/42">', '', 'https://news.example.org/story/42?ref=home').url).toBe('https://news.example.org/story/42');
  });

  it('leaves the document it reads unchanged', () => {
    const doc = parseHtmlNode('<html><head><title>Quiet day - Gazette</title></head><body><h1>Quiet day at the port</h1></body></html>');
    const before = doc.documentElement.outerHTML;
    readPageMeta(doc, null);
    expect(doc.documentElement.outerHTML).toBe(before);
  });
});

describe('a site name joined without spaces', () => {
  it('is cut when it is exactly the site name', () => {
    expect(withoutSiteName('港の新しい防波堤が完成「Harbor」:みなと日誌', siteNames(['みなと日誌'], null))).toBe('港の新しい防波堤が完成「Harbor」');
  });
  it('is kept when the part after the colon is not the site', () => {
    expect(withoutSiteName('Harbor strike: day nine', siteNames(['Harbor Gazette'], null))).toBe('Harbor strike: day nine');
  });
});

describe('a section name between the headline and the site', () => {
  const sites = siteNames(['The Harbor Gazette'], 'https://www.harborgazette.example/news/1');
  it('goes with the site name in "Headline | Section | Site"', () => {
    expect(withoutSiteName('Port strike ends after nine days of talks | Shipping | The Harbor Gazette', sites)).toBe('Port strike ends after nine days of talks');
  });
  it('stays when no site name was cut', () => {
    expect(withoutSiteName('Port strike ends after nine days of talks | Shipping', sites)).toBe('Port strike ends after nine days of talks | Shipping');
  });
  it('stays when it is as long as a headline', () => {
    expect(withoutSiteName('Port strike ends | Union and owners sign a four-year deal | The Harbor Gazette', sites)).toBe('Port strike ends | Union and owners sign a four-year deal');
  });
});
