// npx tsx scripts/eval-pages/fundus.ts FUNDUS_GITDIR [--lib PATH/TO/src/lib] [--only NAME] [--show] [--skip FILE]
// Ingest's body against fundus's expected bodies (github:flairNLP/fundus, MIT: its parser tests'
// saved pages, tests/resources/parser/test_data/CC/Publisher_YYYY_MM_DD.html.gz, each with the
// body its hand-written per-publisher parser must give in Publisher.json beside it). Reads the
// repository's git directory (a bare mirror will do), keeps the pages whose expected body is
// English (a share of the commonest English words), and prints per page the expected paragraphs
// found in ingest's text (a line of ours containing the paragraph, quotes, dashes, spaces and case
// normalised) and the extra lines (ours, in no expected paragraph, subhead or the two joined),
// then the totals. `--show` lists each page's missing paragraphs and extra lines.
// --lib takes another checkout's src/lib, so two checkouts compare in one run. --skip FILE leaves
// out the pages it lists, one a line (a repository path, ...test_data/CC/Name.html.gz, or CC/Name):
// pages held out for blind scoring are then never ingested nor printed.
// Fundus's bodies are its parsers' output, not hand-checked: a dek it keeps as "summary" is
// counted extra here, as the project's story definition leaves the dek out.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { gunzipSync } from 'node:zlib';
import { commandLine } from '../lib/args';

type Ingest = (html: string, options: { kind: 'html'; url: string | null; parseHtml: unknown }) => { text: string };
interface Expected {
  title?: string;
  body?: { summary?: string[]; sections?: { headline?: string[]; paragraphs?: string[] }[] };
}

const { option, flag, root: gitDir } = commandLine('npx tsx scripts/eval-pages/fundus.ts FUNDUS_GITDIR [--lib PATH/TO/src/lib] [--only NAME] [--show] [--skip FILE]', ['--show']);
const lib = resolve(option('--lib') ?? resolve(import.meta.dirname, '../../src/lib'));
const { ingest } = (await import(pathToFileURL(join(lib, 'ingest/index.ts')).href)) as { ingest: Ingest };
const { parseHtmlNode } = (await import(pathToFileURL(join(lib, 'ingest/dom/node.ts')).href)) as { parseHtmlNode: unknown };

const DATA = 'tests/resources/parser/test_data';
const git = (...args: string[]) => execFileSync('git', ['--git-dir', gitDir, ...args], { maxBuffer: 1 << 28 });
const show = (path: string) => git('show', `HEAD:${path}`);

const norm = (s: string) =>
  s
    .normalize('NFKC')
    .replace(/[‘’‚‛′]/g, "'")
    .replace(/[“”„‟″]/g, '"')
    .replace(/[‐‑‒–—―]/g, '-')
    .replace(/[\s\u00a0\u200b]+/g, ' ')
    .trim()
    .toLowerCase();

const COMMON = new Set(['the', 'and', 'of', 'to', 'in', 'a', 'is', 'that', 'for', 'was', 'on', 'with', 'he', 'it', 'as', 'said']);
function english(paragraphs: string[]): boolean {
  const words = paragraphs.join(' ').toLowerCase().match(/\p{L}+/gu) ?? [];
  return words.length > 0 && words.filter((w) => COMMON.has(w)).length / words.length > 0.15;
}

const skip = new Set(
  (option('--skip') ? readFileSync(option('--skip')!, 'utf8').split(/\s+/) : [])
    .filter(Boolean)
    .map((f) => f.replace(/^.*test_data\//, '').replace(/\.html\.gz$/, '')),
);
let skipped = 0;
const files = git('ls-tree', '-r', '--name-only', 'HEAD', DATA).toString().split('\n').filter((f) => f.endsWith('.html.gz')).sort();
let pages = 0, expectedAll = 0, foundAll = 0, extraAll = 0, perfect = 0;
for (const file of files) {
  const name = file.slice(DATA.length + 1).replace(/\.html\.gz$/, '');
  if (option('--only') && !name.includes(option('--only')!)) continue;
  if (skip.has(name)) {
    skipped++;
    continue;
  }
  const dir = file.slice(0, file.lastIndexOf('/'));
  const publisher = name.slice(name.indexOf('/') + 1).replace(/_\d{4}_\d{2}_\d{2}$/, '');
  const html = gunzipSync(show(file)).toString('utf8');
  let versions: Record<string, Expected>;
  let meta: Record<string, { url?: string }>;
  try {
    versions = JSON.parse(show(`${dir}/${publisher}.json`).toString('utf8'));
    meta = JSON.parse(show(`${dir}/meta.info`).toString('utf8'));
  } catch {
    continue;
  }
  // The parser version whose expected title the page prints (a publisher's pages of several
  // years are read by several versions of its parser).
  const page = norm(html.replace(/<[^>]+>/g, ' ').replace(/&#39;|&#x27;|&apos;/g, "'").replace(/&quot;/g, '"').replace(/&amp;/g, '&'));
  const candidates = Object.values(versions).filter((v) => v.body?.sections?.length);
  const expected = candidates.find((v) => v.title && page.includes(norm(v.title))) ?? (candidates.length === 1 ? candidates[0] : undefined);
  if (!expected?.body?.sections) continue;
  const paragraphs = expected.body.sections.flatMap((s) => s.paragraphs ?? []).filter((p) => p.trim());
  const heads = expected.body.sections.flatMap((s) => s.headline ?? []);
  if (!paragraphs.length || !english(paragraphs)) continue;
  const url = meta[`${name.slice(name.indexOf('/') + 1)}.html.gz`]?.url ?? null;
  let text = '';
  try {
    text = ingest(html, { kind: 'html', url, parseHtml: parseHtmlNode }).text;
  } catch (e) {
    console.log(`${name}\tthrew ${String(e).slice(0, 80)}`);
  }
  const ours = text.split(/\n+/).map((l) => l.trim()).filter(Boolean);
  const oursN = ours.map(norm);
  const want = paragraphs.map(norm);
  const story = [...want, ...heads.map(norm)];
  const joined = want.join(' ');
  const missing = paragraphs.filter((_, i) => !oursN.some((l) => l.includes(want[i])));
  const extra = ours.filter((_, i) => !story.some((p) => p.includes(oursN[i]) || oursN[i].includes(p)) && !joined.includes(oursN[i]));
  pages++;
  expectedAll += paragraphs.length;
  foundAll += paragraphs.length - missing.length;
  extraAll += extra.length;
  if (!missing.length && !extra.length) perfect++;
  console.log(`${name}\tfound ${paragraphs.length - missing.length}/${paragraphs.length}\textra ${extra.length}`);
  if (flag('--show')) {
    for (const m of missing) console.log(`  - ${m.slice(0, 140)}`);
    for (const x of extra) console.log(`  + ${x.slice(0, 140)}`);
  }
}
console.log(`${pages} English pages of ${gitDir}${skipped ? ` (${skipped} skipped)` : ''}, ingest of ${lib}`);
console.log(`found ${foundAll}/${expectedAll} (${((100 * foundAll) / expectedAll).toFixed(1)}%)  extra lines ${extraAll}  pages with none missing and none extra ${perfect}`);
