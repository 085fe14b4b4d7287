// Ingest's entry points as fuzz properties: a saved or pasted page of any markup, and a
// Markdown file. Each must give text, a real date or none (and where it came from exactly when
// there is one), never run or keep a script as text, and never throw. Part of ENTRY_POINTS.
import fc from 'fast-check';
import { ingest } from '../../../src/lib/ingest';
import { parseHtmlNode } from '../../../src/lib/ingest/dom/node';
import { parsePublished } from '../../../src/lib/temporal/reference';
import type { EntryPoint } from './entry-points';

// Pieces real pages are made of, broken ones included: unclosed and stray tags, scripts with
// markup inside, JSON-LD that does not parse, dates in every place ingest looks.
const piece = fc.oneof(
  fc.constantFrom(
    '<p>', '</p>', '<div class="share-bar">', '</div>', '<article>', '</article>', '<h1>', '</h1>', '<main>',
    '<script>document.write("<p>x</p>")</script>', '<script type="application/ld+json">{"@type":"NewsArticle","datePublished":"2019-05-23T21:30:00-04:00"',
    '<script type="application/ld+json">{"@graph":[{"@type":"WebPage","datePublished":"2020-02-30"}]}</script>', '<style>p{}</style>',
    '<script>window.__STATE__={"datePublished":"0001-01-01T00:00:00Z"}</script>', '<abbr class="published" title="9999-12-31T23:59:59+14:00">x</abbr>',
    '<meta property="article:published_time" content="2021-13-01">', '<meta name="date" content="06.10.2017 11:15">', '<time datetime="1990-01-01">',
    '<!--', '-->', '<![CDATA[', '<img src=x onerror=alert(1)>', '<a href="javascript:alert(1)">', '<title>', '</title>', '&amp;', '&#0;', '&#xD800;',
    'Published 5 hours ago', 'Samstag, 19. Juli 2014', 'By Jo Kett', 'Read more:', 'Most Read', '<br>', '<li>', '<table><tr><td>', '\u0000', '\uFEFF',
  ),
  fc.string({ maxLength: 40 }),
  fc.lorem({ maxCount: 12 }),
);
const pageArb = fc.array(piece, { maxLength: 80 }).map((parts) => parts.join(''));

const markdownPiece = fc.oneof(
  fc.constantFrom('---\n', 'date: 2024-02-30\n', 'date: 9999-06-01T23:59\n', 'title: "x\n', '# ', '## Heading\n', '```\n', '> ', '- ', '1. ', '[a](b)', '![i](j)', '**', '_', '\n\n', '<script>x</script>'),
  fc.string({ maxLength: 40 }),
  fc.lorem({ maxCount: 8 }),
);
const markdownArb = fc.array(markdownPiece, { maxLength: 60 }).map((parts) => parts.join(''));

function checkIngested(article: ReturnType<typeof ingest>): void {
  if (typeof article.text !== 'string') throw new Error('ingest gave no text');
  if (article.text.includes('document.write')) throw new Error('a script became text');
  if (article.published !== null && parsePublished(article.published) === null) throw new Error(`not a real date: ${article.published}`);
  if ((article.publishedFrom === null) !== (article.published === null)) throw new Error('publishedFrom does not match published');
}

export const ingestHtmlEntry: EntryPoint<[string, string | null]> = {
  name: 'ingest: an HTML page', testRuns: 200, fuzzShare: 0.1,
  inputs: fc.tuple(pageArb, fc.option(fc.webUrl(), { nil: null })),
  check: ([html, url]) => checkIngested(ingest(html, { kind: 'html', url, parseHtml: parseHtmlNode })),
};

export const ingestMarkdownEntry: EntryPoint<string> = {
  name: 'ingest: a Markdown file', testRuns: 200,
  inputs: markdownArb,
  check: (md) => checkIngested(ingest(md, { kind: 'markdown' })),
};
