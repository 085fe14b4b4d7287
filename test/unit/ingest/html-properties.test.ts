import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ingest } from '../../../src/lib/ingest';
import { parseHtmlNode as parseHtml } from '../../../src/lib/ingest/dom/node';
import { parsePublished } from '../../../src/lib/temporal/reference';

// Pieces real pages are made of, broken ones included: unclosed and stray tags, scripts with
// markup inside, JSON-LD that does not parse, dates in every place ingest looks.
const piece = fc.oneof(
  fc.constantFrom(
    '<p>', '</p>', '<div class="share-bar">', '</div>', '<article>', '</article>', '<h1>', '</h1>', '<main>',
    '<script>document.write("<p>x</p>")</script>', '<script type="application/ld+json">{"@type":"NewsArticle","datePublished":"2019-05-23T21:30:00-04:00"',
    '<script type="application/ld+json">{"@graph":[{"@type":"WebPage","datePublished":"2020-02-30"}]}</script>', '<style>p{}</style>',
    '<meta property="article:published_time" content="2021-13-01">', '<meta name="date" content="06.10.2017 11:15">', '<time datetime="1990-01-01">',
    '<!--', '-->', '<![CDATA[', '<img src=x onerror=alert(1)>', '<a href="javascript:alert(1)">', '<title>', '</title>', '&amp;', '&#0;', '&#xD800;',
    'Published 5 hours ago', 'Samstag, 19. Juli 2014', 'By Jo Kett', 'Read more:', '<br>', '<li>', '<table><tr><td>', '\u0000', '\uFEFF',
  ),
  fc.string({ maxLength: 40 }),
  fc.lorem({ maxCount: 12 }),
);
const page = fc.array(piece, { maxLength: 80 }).map((parts) => parts.join(''));

describe('ingest of any markup', () => {
  it('never throws, keeps no script as text, and gives a real date or none', () => {
    fc.assert(
      fc.property(page, fc.option(fc.webUrl(), { nil: null }), (html, url) => {
        const article = ingest(html, { kind: 'html', url, parseHtml });
        expect(typeof article.text).toBe('string');
        expect(article.text).not.toContain('document.write');
        if (article.published !== null) expect(parsePublished(article.published)).not.toBeNull();
        expect(article.publishedFrom === null).toBe(article.published === null);
      }),
      { numRuns: 300 },
    );
  });
});
