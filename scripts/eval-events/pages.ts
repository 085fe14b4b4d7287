// npx tsx scripts/eval-events/pages.ts PAGEDIR [--urls FILE] [--every N] [--lib PATH/TO/src/lib/extract.ts] [--show CHECK] [--dump FILE]
// Events and label checks on saved pages that have no events gold: every Nth `.html` of PAGEDIR
// (default every page, in name order) is ingested as the CLI ingests a page (linkedom), with its
// URL when --urls names a file of `<urn:uuid:ID>\tURL` or `FILE\tURL` lines (L3S-GN1's
// url-mapping.txt), and run through extract() with the publication day ingest read; a page with no
// day is counted and skipped, as the app would ask the user for one. With --lib the ingest of the
// same checkout is used (its src/lib/ingest beside extract.ts), so two checkouts compare whole.
// Prints pages read, pages without a day, events drawn (dated, undated), labels whole and the faults
// by check. Asserts nothing. --dump FILE writes every event a line (page, date words, days, label,
// sentence) for diffing two checkouts; reading those lines is how page furniture and non-events
// are found on pages nobody annotated.
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { LABEL_CHECKS } from './labels';
import { commandLine } from '../lib/args';

type Extract = (text: string, article: { title: string | null; published: string; url: string | null; publisher: string | null }) => { events: { label: string; when: { start: string | null; end: string | null; text: string | null }; source: { start: number; end: number } }[] };
type Ingest = (html: string, options: { kind: 'html'; url: string | null; parseHtml: unknown }) => { title: string | null; published: string | null; publisher: string | null; text: string };

const { option, root } = commandLine('npx tsx scripts/eval-events/pages.ts PAGEDIR [--urls FILE] [--every N] [--lib PATH/TO/src/lib/extract.ts] [--show CHECK] [--dump FILE]');
const every = Number(option('--every') ?? 1);
const show = option('--show');
const dump = option('--dump');
const lib = resolve(option('--lib') ?? resolve(import.meta.dirname, '../../src/lib/extract.ts'));
const load = async <T>(path: string) => (await import(pathToFileURL(path).href)) as T;
const { extract } = await load<{ extract: Extract }>(lib);
const { ingest } = await load<{ ingest: Ingest }>(join(dirname(lib), 'ingest/index.ts'));
const { parseHtmlNode } = await load<{ parseHtmlNode: unknown }>(join(dirname(lib), 'ingest/dom/node.ts'));

// L3S-GN1 names a page `ID.html` and maps `<urn:uuid:ID>` to its URL
const urls = new Map<string, string>();
for (const line of option('--urls') ? readFileSync(option('--urls')!, 'utf8').split('\n') : []) {
  const [key, url] = line.split('\t');
  if (url) urls.set(key.replace(/^<urn:uuid:|>$/g, '').replace(/\.html?$/, ''), url.trim());
}

let pages = 0, undatedPages = 0, dated = 0, undated = 0, whole = 0;
const faults: Record<string, number> = {};
const lines: string[] = [];
const files = readdirSync(root).filter((f) => /\.html?$/i.test(f)).sort().filter((_, i) => i % every === 0);
for (const file of files) {
  const page = ingest(readFileSync(join(root, file), 'utf8'), { kind: 'html', url: urls.get(basename(file).replace(/\.html?$/i, '')) ?? null, parseHtml: parseHtmlNode });
  pages++;
  if (!page.published) {
    undatedPages++;
    continue;
  }
  for (const e of extract(page.text, { title: page.title, published: page.published, url: null, publisher: page.publisher }).events) {
    if (e.when.start) dated++;
    else undated++;
    const failed = Object.entries(LABEL_CHECKS).filter(([, check]) => !check(e.label, { text: page.text, gold: null })).map(([name]) => name);
    if (!failed.length) whole++;
    for (const name of failed) faults[name] = (faults[name] ?? 0) + 1;
    const sentence = page.text.slice(e.source.start, e.source.end).replace(/\s+/g, ' ');
    if (dump) lines.push([file, page.published.slice(0, 10), e.when.text, `${e.when.start}..${e.when.end}`, e.label, sentence].join('\t'));
    if (show && failed.includes(show)) console.log(`${file}\t${e.label}\t[${sentence}]`);
  }
}
const events = dated + undated;
console.log(`${pages} pages (every ${every}th) from ${root}, pipeline ${lib}`);
console.log(`pages without a publication day ${undatedPages}`);
console.log(`events ${events} (dated ${dated}, undated ${undated})`);
console.log(`labels whole ${((100 * whole) / Math.max(1, events)).toFixed(1)}% (${whole}/${events}); faults: ${Object.entries(faults).sort((x, y) => y[1] - x[1]).map(([k, v]) => `${k} ${v}`).join(', ')}`);
if (dump) writeFileSync(dump, lines.join('\n') + '\n');
