// npx tsx scripts/eval-pages/gn1.ts GN1DIR [--lib PATH/TO/src/lib] [--show] [--skip FILE]
// Ingest on L3S-GN1 (Kohlschütter et al., WSDM 2010: 621 English news pages of 408 sites, found
// through Google News in the first half of 2008; github:geodrome/page-signal's
// L3S-GN1-20100130203947-00001 folder, laid out as original/ID.html, annotated/ID.html,
// url-mapping.txt). Prints the pages ingest throws on, the pages given a publication day (the set
// has no date gold: read the --show list), the headline exact and lenient against the blocks
// annotated as headline (x-nc-sel1, scored as eval:pages scores titles), and body precision / recall / F1 against the set's
// full-text annotation (blocks classed x-nc-sel2), scored as eval:pages scores bodies.
// --lib takes another checkout's src/lib, so two checkouts compare in one run. --skip FILE leaves
// out the page IDs it lists, one a line (pages held out for annotators).
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { DOMParser } from 'linkedom';
import { bodyScore, shingleMatch, titleExact, titleLenient, type Match } from './score';
import { commandLine } from '../lib/args';

type Ingest = (html: string, options: { kind: 'html'; url: string | null; parseHtml: unknown }) => { title: string | null; published: string | null; publishedFrom: string | null; text: string };

const { option, flag, root } = commandLine('npx tsx scripts/eval-pages/gn1.ts GN1DIR [--lib PATH/TO/src/lib] [--show] [--skip FILE]', ['--show']);
const lib = resolve(option('--lib') ?? resolve(import.meta.dirname, '../../src/lib'));
const { ingest } = (await import(pathToFileURL(join(lib, 'ingest/index.ts')).href)) as { ingest: Ingest };
const { parseHtmlNode } = (await import(pathToFileURL(join(lib, 'ingest/dom/node.ts')).href)) as { parseHtmlNode: unknown };

const urls = new Map<string, string>();
for (const line of readFileSync(join(root, 'url-mapping.txt'), 'utf8').split('\n')) {
  const [key, url] = line.split('\t');
  if (url) urls.set(key.replace(/^<urn:uuid:|>$/g, ''), url.trim());
}

const skip = new Set(option('--skip') ? readFileSync(option('--skip')!, 'utf8').split(/\s+/).filter(Boolean) : []);
const files = readdirSync(join(root, 'original')).filter((f) => f.endsWith('.html') && !skip.has(f.replace(/\.html$/, ''))).sort();
const matches: Match[] = [];
const thrown: string[] = [];
let dated = 0;
let headlines = 0, exact = 0, lenient = 0;
const headlineMisses: string[] = [];
for (const file of files) {
  const id = file.replace(/\.html$/, '');
  const annotated = new DOMParser().parseFromString(readFileSync(join(root, 'annotated', file), 'utf8'), 'text/html');
  const gold = [...annotated.querySelectorAll('.x-nc-sel2')].map((e) => e.textContent ?? '').join('\n');
  // the headline blocks (x-nc-sel1), one headline written in one or more blocks
  const headline = [...annotated.querySelectorAll('.x-nc-sel1')].map((e) => e.textContent ?? '').join(' ').replace(/\s+/g, ' ').trim();
  let text = '';
  try {
    const page = ingest(readFileSync(join(root, 'original', file), 'utf8'), { kind: 'html', url: urls.get(id) ?? null, parseHtml: parseHtmlNode });
    text = page.text;
    if (page.published) dated++;
    if (headline) {
      headlines++;
      exact += +titleExact(headline, page.title);
      lenient += +titleLenient(headline, page.title);
      if (!titleLenient(headline, page.title)) headlineMisses.push(`${id}\tgold ${JSON.stringify(headline)}\tgot ${JSON.stringify(page.title)}`);
    }
    if (flag('--show')) console.log(`${id}\t${page.published ?? '-'}\t${page.publishedFrom ?? ''}\t${urls.get(id) ?? ''}`);
  } catch (e) {
    thrown.push(`${id}\t${String(e).slice(0, 100)}`);
  }
  matches.push(shingleMatch(gold, text));
}
const body = bodyScore(matches);
console.log(`${files.length} pages from ${root}${skip.size ? ` (${skip.size} listed to skip)` : ''}, ingest of ${lib}`);
console.log(`thrown    ${thrown.length}${thrown.length ? `: ${thrown.join('; ')}` : ''}`);
console.log(`dated     ${dated} (${((100 * dated) / files.length).toFixed(1)}%); no gold: read --show`);
console.log(`headline  exact ${exact}/${headlines}  lenient ${lenient}/${headlines} (pages whose annotation marks one)`);
if (flag('--show')) for (const miss of headlineMisses) console.log(`headline miss\t${miss}`);
console.log(`body      precision ${body.precision?.toFixed(3)}  recall ${body.recall.toFixed(3)}  F1 ${body.f1.toFixed(3)}`);
