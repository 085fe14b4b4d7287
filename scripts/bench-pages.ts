// npm run bench:pages [-- DIR]
// Time to ingest big saved pages in Node (parse, metadata, story), median of alternating runs,
// beside Readability alone on the same linkedom DOM (the library the story extraction runs,
// without our pruning, metadata or cleaning) in the same run. Pages: every .html of at least
// 500 KB in DIR, and always one 2 MB page built from the committed NPR fixture with 1.9 MB of
// inline script state (the shape of a big news page: the story is small, the app state is
// not). A benchmark prints figures beside a baseline; it asserts nothing.
import { Readability } from '@mozilla/readability';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ingest } from '../src/lib/ingest';
import { parseHtmlNode } from '../src/lib/ingest/dom/node';
import { timePair } from './lib/timePair';

const repo = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const dir = process.argv.slice(2).find((a) => !a.startsWith('--'));
const RUNS = 7;

function bigNewsPage(): string {
  const page = readFileSync(join(repo, 'test/fixtures/pages/www.npr.org.html'), 'utf8');
  const state = JSON.stringify({ items: Array.from({ length: 16000 }, (_, i) => ({ id: i, headline: `Teaser headline number ${i} about the news`, url: `/2017/01/${i}/story`, tags: ['politics', 'world', 'local'] })) });
  const script = `<script>window.__STATE__ = ${state.slice(0, 1_900_000)};</script>`;
  return page.replace('</head>', `${script}</head>`);
}

const pages: [string, string][] = [['npr.org + 1.9 MB inline state (synthetic)', bigNewsPage()]];
if (dir) {
  for (const f of readdirSync(dir).filter((f) => f.endsWith('.html')).sort()) {
    if (statSync(join(dir, f)).size >= 500_000) pages.push([f, readFileSync(join(dir, f), 'utf8')]);
  }
}

console.log(`ingest of a saved page in Node, median of ${RUNS} alternating runs (ms)`);
console.log('page'.padEnd(44) + 'MB'.padStart(6) + 'newsline'.padStart(10) + 'readability'.padStart(13));
for (const [name, html] of pages) {
  const [ours, theirs] = timePair(
    () => ingest(html, { kind: 'html', parseHtml: parseHtmlNode }),
    () => new Readability(parseHtmlNode(html)).parse(),
    RUNS,
    1,
  );
  console.log(name.slice(0, 43).padEnd(44) + (html.length / 1e6).toFixed(2).padStart(6) + ours.toFixed(0).padStart(10) + theirs.toFixed(0).padStart(13));
}
