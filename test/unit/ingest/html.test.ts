import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ingest } from '../../../src/lib/ingest';
import { parseHtmlNode as parseHtml } from '../../../src/lib/ingest/dom/node';

const page = readFileSync(new URL('../../fixtures/council.html', import.meta.url), 'utf8');

describe('ingest of a saved HTML page', () => {
  const article = ingest(page, { fileName: 'council.html', parseHtml });

  it('takes the headline, date and publisher from the NewsArticle inside a JSON-LD @graph', () => {
    expect(article.title).toBe('Council votes to close Mill Street bridge');
    expect(article.published).toBe('2024-03-08T18:30:00');
    expect(article.publisher).toBe('Riverton Ledger');
  });

  it('prefers the canonical URL to og:url', () => {
    expect(article.url).toBe('https://ledger.example/news/bridge');
  });

  it('keeps only the article body (its <header> with the headline too), paragraphs separated by blank lines, entities decoded', () => {
    expect(article.text).toBe(
      'The city council voted 5\u20132 on Tuesday to close the Mill Street bridge & its walkway.\n\nRepairs will begin in May, the mayor said.',
    );
  });

  it('drops scripts, navigation, captions, share bars, forms, asides and comments', () => {
    for (const furniture of ['injected', 'Home', 'Photo: Ledger', 'Share this', 'Related', 'Sign up', 'Reader comment', '©', 'Caption under', 'Buy now', 'Most read', 'Icon text']) {
      expect(article.text).not.toContain(furniture);
    }
  });
});

describe('HTML metadata fallbacks', () => {
  it('uses article:published_time and og:title when there is no JSON-LD', () => {
    const html = '<html><head><meta property="og:title" content="Dam opens"><meta property="article:published_time" content="2022-07-01T09:05"><meta property="og:site_name" content="Valley News"></head><body><p>The dam opened.</p></body></html>';
    expect(ingest(html, { parseHtml })).toEqual({ title: 'Dam opens', published: '2022-07-01T09:05', publishedFrom: 'meta', url: null, publisher: 'Valley News', text: 'The dam opened.' });
  });

  it('uses a <time datetime> when no meta tag states the date, and <title> when nothing else names the story; the "Posted" stamp is not story', () => {
    const html = '<!DOCTYPE html><title>Fair returns</title><body><main><p>Posted <time datetime="2021-09-30">Thursday</time></p><p>The fair returns.</p></main><div>Sidebar text</div></body>';
    const article = ingest(html, { parseHtml });
    expect(article.published).toBe('2021-09-30');
    expect(article.title).toBe('Fair returns');
    expect(article.text).toBe('The fair returns.');
  });

  it('skips JSON-LD that does not parse instead of failing', () => {
    const html = '<html><head><script type="application/ld+json">{"@type": "NewsArticle", broken</script></head><body><p>Text.</p></body></html>';
    expect(ingest(html, { parseHtml }).published).toBeNull();
  });

  it('never executes or keeps markup from the page', () => {
    const html = '<body><p>Safe &lt;b&gt;text&lt;/b&gt;<img src=x onerror="alert(1)"></p></body>';
    expect(ingest(html, { kind: 'html', parseHtml }).text).toBe('Safe <b>text</b>');
  });
});

describe('pages with several <article> elements', () => {
  it('keeps the story, the longest article, not the teaser cards', () => {
    const html = '<body><article><h2>Teaser one</h2></article><article><p>The ferry sank on Monday, and divers recovered the hull after a week of searching.</p></article><article><p>Teaser two</p></article></body>';
    expect(ingest(html, { parseHtml }).text).toBe('The ferry sank on Monday, and divers recovered the hull after a week of searching.');
  });
});

describe('class words', () => {
  it('skips "article-comments" and "image-caption" but not a story container flagged "has-ads"', () => {
    const html = '<body><main><div class="story-body has-ads with-comments"><p>The dam opened.</p><div class="article-comments"><p>Nice!</p></div><p class="image-caption">A dam.</p></div></main></body>';
    expect(ingest(html, { parseHtml }).text).toBe('The dam opened.');
  });
});

describe('a story inside a wrapper whose class looks like furniture', () => {
  it('reads the page again without class words when they hid nearly everything', () => {
    const story = 'The council approved the new budget on Tuesday after a long debate about school funding and road repairs across the county. '.repeat(3).trim();
    const html = `<body><div class="sidebar-layout"><p>${story}</p></div></body>`;
    expect(ingest(html, { parseHtml }).text).toBe(story);
  });
});
