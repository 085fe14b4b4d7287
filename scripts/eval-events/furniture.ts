// npx tsx scripts/eval-events/furniture.ts GN1DIR [--lib CHECKOUT/src/lib/extract.ts] [--show] [--skip FILE]
// Furniture events on L3S-GN1 (see scripts/eval-pages/README.md): every page of GN1DIR/original
// is ingested as pages.ts ingests it (linkedom, its URL from url-mapping.txt) and run through
// extract() with the day ingest read (a page without one is skipped, as the app would ask). An
// event drawn, dated or undated, whose source sentence is not in the page's annotated article
// (the blocks annotated/ID.html classes x-nc-sel1, the headline, and x-nc-sel2, the full text)
// is a furniture event: a caption, a rail, a stamp, a comment the page printed around the story.
// "In the article" is judged on normalised words (lower case, \w+): at least half the sentence's
// word 3-grams are 3-grams of the headline and full text (a sentence under three words: its words
// in a row). --show lists each furniture event with the annotation class its words fall in most
// (supplemental, comments, related, boilerplate: the annotators' classes, a first hint at its kind).
// --skip FILE leaves out the page IDs it lists, one a line (a held-out folder). Asserts nothing.
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { DOMParser } from 'linkedom';
import { commandLine } from '../lib/args';

type Extract = (text: string, article: { title: string | null; published: string; url: string | null; publisher: string | null }) => { events: { label: string; when: { start: string | null; text: string | null }; source: { start: number; end: number } }[] };
type Ingest = (html: string, options: { kind: 'html'; url: string | null; parseHtml: unknown }) => { title: string | null; published: string | null; publisher: string | null; text: string };

const { option, flag, root } = commandLine('npx tsx scripts/eval-events/furniture.ts GN1DIR [--lib CHECKOUT/src/lib/extract.ts] [--show] [--skip FILE]', ['--show']);
const lib = resolve(option('--lib') ?? resolve(import.meta.dirname, '../../src/lib/extract.ts'));
const load = async <T>(path: string) => (await import(pathToFileURL(path).href)) as T;
const { extract } = await load<{ extract: Extract }>(lib);
const { ingest } = await load<{ ingest: Ingest }>(join(dirname(lib), 'ingest/index.ts'));
const { parseHtmlNode } = await load<{ parseHtmlNode: unknown }>(join(dirname(lib), 'ingest/dom/node.ts'));

const skip = new Set(option('--skip') ? readFileSync(option('--skip')!, 'utf8').split(/\s+/).filter(Boolean) : []);
const urls = new Map<string, string>();
for (const line of readFileSync(join(root, 'url-mapping.txt'), 'utf8').split('\n')) {
  const [key, url] = line.split('\t');
  if (url) urls.set(key.replace(/^<urn:uuid:|>$/g, ''), url.trim());
}

const words = (s: string) => (s.toLowerCase().match(/\w+/g) ?? []);
const grams = (w: string[]) => {
  const out = new Set<string>();
  for (let i = 0; i + 3 <= w.length; i++) out.add(w.slice(i, i + 3).join(' '));
  return out;
};
/** The share of the sentence's 3-grams found in `text` (a sentence under three words: 1 when its words stand in a row there). */
function found(sentence: string[], text: { words: string; grams: Set<string> }): number {
  if (sentence.length < 3) return sentence.length && ` ${text.words} `.includes(` ${sentence.join(' ')} `) ? 1 : 0;
  const own = grams(sentence);
  let hit = 0;
  for (const g of own) if (text.grams.has(g)) hit++;
  return hit / own.size;
}
const annotationText = (doc: Document, selector: string) => {
  const w = [...doc.querySelectorAll(selector)].flatMap((e) => words(e.textContent ?? ''));
  return { words: w.join(' '), grams: grams(w) };
};
// L3S-GN1's block classes besides the article (Kohlschütter et al.; read off the set: sel3 holds
// bylines, stamps and captions, sel4 links to other stories, sel5 readers' comments)
const CLASSES: [string, string][] = [['.x-nc-sel3', 'supplemental'], ['.x-nc-sel4', 'related'], ['.x-nc-sel5', 'comments'], ['.x-nc-sel0', 'boilerplate']];
const IN_ARTICLE = 0.5;

let pages = 0, undatedPages = 0, skipped = 0, events = 0, furniture = 0;
const byClass: Record<string, number> = {};
const files = readdirSync(join(root, 'original')).filter((f) => f.endsWith('.html')).sort();
for (const file of files) {
  const id = file.replace(/\.html$/, '');
  if (skip.has(id)) {
    skipped++;
    continue;
  }
  pages++;
  const page = ingest(readFileSync(join(root, 'original', file), 'utf8'), { kind: 'html', url: urls.get(id) ?? null, parseHtml: parseHtmlNode });
  if (!page.published) {
    undatedPages++;
    continue;
  }
  const annotated = new DOMParser().parseFromString(readFileSync(join(root, 'annotated', file), 'utf8'), 'text/html') as unknown as Document;
  const article = annotationText(annotated, '.x-nc-sel1, .x-nc-sel2');
  for (const e of extract(page.text, { title: page.title, published: page.published, url: null, publisher: page.publisher }).events) {
    events++;
    const sentence = page.text.slice(e.source.start, e.source.end).replace(/\s+/g, ' ');
    const w = words(sentence);
    if (found(w, article) >= IN_ARTICLE) continue;
    furniture++;
    let kind = 'nowhere';
    let best = 0;
    for (const [selector, name] of CLASSES) {
      const share = found(w, annotationText(annotated, selector));
      if (share > best) [kind, best] = [name, share];
    }
    byClass[kind] = (byClass[kind] ?? 0) + 1;
    if (flag('--show')) console.log(`${id}\t${kind}\t${e.when.text ?? '(undated)'}\t${sentence}`);
  }
}
console.log(`${pages} pages from ${root}${skipped ? ` (${skipped} skipped)` : ''}, pipeline ${lib}`);
console.log(`pages without a publication day ${undatedPages}`);
console.log(`events ${events}; furniture events ${furniture} (${((100 * furniture) / Math.max(1, events)).toFixed(1)}%)`);
console.log(`annotated as: ${Object.entries(byClass).sort((x, y) => y[1] - x[1]).map(([k, v]) => `${k} ${v}`).join(', ')}`);
