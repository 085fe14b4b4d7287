// npm run eval:pages -- DIR [--gold FILE] [--news-only] [--checked] [--no-cjk] [--readability] [--show [--all]]
// Ingests every saved page that DIR's gold.json (or --gold FILE) lists, with the gold URL as
// the page URL and linkedom as the DOM, and prints: publication day right / wrong / refused
// (right = the gold calendar day; a page with no gold day is right when refused), headline
// exact (whitespace-normalised) and lenient (case, punctuation and spacing ignored), body
// precision / recall / F1 over 4-token shingles as the scrapinghub article-extraction
// benchmark computes them (scripts/eval-pages/score.ts), over the pages with a body gold, and
// the time ingest takes per page. --news-only keeps pages marked news; --checked keeps pages
// whose body a person read against the page (bodyChecked: the body figure over hand-checked
// gold only); --no-cjk leaves out pages in Chinese or Japanese (kana or ideographs in the gold
// headline or the body's start), whose story Readability's scoring reads poorly; --show lists each wrong or refused date, each missed headline and the lowest body
// F1s (every page's with --all). --readability also scores Readability.js alone (its
// textContent over the same linkedom DOM) on the same bodies, the library the story extraction
// builds on, as a baseline in the same run. Asserts nothing.
import { Readability } from '@mozilla/readability';
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { ingest } from '../src/lib/ingest';
import { parseHtmlNode } from '../src/lib/ingest/dom/node';
import { readGold } from './eval-pages/gold';
import { bodyScore, dateVerdict, median, precision, recall, shingleMatch, titleExact, titleLenient, type DateVerdict, type Match } from './eval-pages/score';

const CJK = /[\u3040-\u30ff\u3400-\u9fff]/;
const argv = process.argv.slice(2);
const flag = (name: string) => argv.includes(name);
const option = (name: string) => {
  const i = argv.indexOf(name);
  return i >= 0 ? argv[i + 1] : undefined;
};
const dir = argv.find((a, i) => !a.startsWith('--') && argv[i - 1] !== '--gold');
if (!dir) {
  console.error('usage: npm run eval:pages -- DIR [--gold FILE] [--news-only] [--checked] [--no-cjk] [--readability] [--show [--all]]');
  process.exit(2);
}
const pages = readGold(resolve(option('--gold') ?? join(dir, 'gold.json')))
  .filter((p) => !flag('--news-only') || p.news)
  .filter((p) => !flag('--checked') || p.bodyChecked)
  .filter((p) => !flag('--no-cjk') || !CJK.test(`${p.title} ${(p.body ?? '').slice(0, 200)}`));

const dates: Record<DateVerdict, string[]> = { right: [], wrong: [], refused: [] };
const titleMisses: string[] = [];
let exact = 0;
let lenient = 0;
const bodies: { file: string; m: Match }[] = [];
const baseline: Match[] = [];
const ms: number[] = [];
for (const page of pages) {
  const html = readFileSync(join(dir, page.file), 'utf8');
  const t0 = performance.now();
  const got = ingest(html, { kind: 'html', url: page.url, parseHtml: parseHtmlNode });
  ms.push(performance.now() - t0);

  const verdict = dateVerdict(page.published, got.published);
  dates[verdict].push(`${page.file}\tgold ${page.published}${page.dayFrom === 'utc' ? ' (utc day)' : ''}\tgot ${got.published} (${got.publishedFrom})`);
  const isExact = titleExact(page.title, got.title);
  const isLenient = titleLenient(page.title, got.title);
  exact += +isExact;
  lenient += +isLenient;
  if (!isExact) titleMisses.push(`${page.file}\t${isLenient ? 'lenient ok' : 'wrong'}\tgold ${JSON.stringify(page.title)}\tgot ${JSON.stringify(got.title)}`);
  if (page.body !== undefined) bodies.push({ file: page.file, m: shingleMatch(page.body, got.text) });
  if (page.body !== undefined && flag('--readability')) {
    baseline.push(shingleMatch(page.body, new Readability(parseHtmlNode(html)).parse()?.textContent ?? ''));
  }
}

const n = pages.length;
const pct = (k: number, of = n) => `${k}/${of} (${((100 * k) / of).toFixed(1)}%)`;
const body = bodyScore(bodies.map((b) => b.m));
const total = ms.reduce((a, b) => a + b, 0);
const kept = [flag('--news-only') && 'news only', flag('--checked') && 'hand-checked bodies only', flag('--no-cjk') && 'no Chinese or Japanese'].filter(Boolean).join(', ');
console.log(`${n} pages${kept ? ` (${kept})` : ''} from ${dir}`);
console.log(`date      right ${pct(dates.right.length)}  wrong ${pct(dates.wrong.length)}  refused ${pct(dates.refused.length)}`);
console.log(`headline  exact ${pct(exact)}  lenient ${pct(lenient)}`);
console.log(
  `body      precision ${body.precision.toFixed(3)}  recall ${body.recall.toFixed(3)}  F1 ${body.f1.toFixed(3)}` +
    `  (${bodies.length} pages with a body gold; precision over the ${body.precisionPages} with text)`,
);
if (flag('--readability')) {
  const b = bodyScore(baseline);
  console.log(`  Readability.js alone: precision ${b.precision.toFixed(3)}  recall ${b.recall.toFixed(3)}  F1 ${b.f1.toFixed(3)}  (same pages)`);
}
console.log(`time      median ${median(ms).toFixed(1)} ms  max ${Math.max(...ms).toFixed(1)} ms  total ${(total / 1000).toFixed(2)} s`);

if (flag('--show')) {
  for (const kind of ['wrong', 'refused'] as const) {
    console.log(`\ndate ${kind} (${dates[kind].length})`);
    for (const line of dates[kind]) console.log(`  ${line}`);
  }
  console.log(`\nheadline not exact (${titleMisses.length})`);
  for (const line of titleMisses) console.log(`  ${line}`);
  console.log(`\nbody, lowest F1 first (precision recall F1${flag('--all') ? '' : '; the 25 lowest'})`);
  const f1 = (m: Match) => {
    const [p, r] = [precision(m), recall(m)];
    return p + r > 0 ? (2 * p * r) / (p + r) : 0;
  };
  for (const { file, m } of [...bodies].sort((a, b) => f1(a.m) - f1(b.m)).slice(0, flag('--all') ? undefined : 25)) {
    console.log(`  ${precision(m).toFixed(2)} ${recall(m).toFixed(2)} ${f1(m).toFixed(2)}  ${file}`);
  }
}
