// npm run bench:events [-- --lib OTHER/src/lib/extract.ts] [TML_DIR]
// Time per article of the whole pipeline (extract: analysis, tagger, events), median over the
// sample and over each MEANTIME article, for this tree and, with --lib, for another checkout
// timed alternately in the same run (the baseline beside the figure). Asserts nothing.
import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { extract } from '../src/lib/extract';
import { median } from './eval-pages/score';
import { readTmlDir } from './lib/tml';

type Extract = typeof extract;
const repo = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const argv = process.argv.slice(2);
const libAt = argv.indexOf('--lib');
const other: Extract | null = libAt >= 0 ? ((await import(resolve(argv[libAt + 1]))) as { extract: Extract }).extract : null;
const dir = argv.find((a, i) => !a.startsWith('--') && i !== libAt + 1) ?? join(repo, '../shared/corpora/meantime-en/tml');

type Doc = { text: string; published: string };
const meta = (d: Doc) => ({ title: null, published: d.published, url: null, publisher: null });
const sample: Doc = { text: readFileSync(join(repo, 'public/samples/korea-summit.txt'), 'utf8'), published: '2025-11-05' };
const docs: Doc[] = readTmlDir(dir);

/** Median ms of one extract of `d` by each pipeline, runs alternating. */
function perArticle(d: Doc, runs: number): [number, number | null] {
  const a: number[] = [];
  const b: number[] = [];
  for (let i = 0; i < runs + 3; i++) {
    // a new string each run: the analysis of the same text is kept between calls
    const fresh = { ...d, text: `${d.text} ` };
    const t0 = performance.now();
    extract(fresh.text, meta(fresh));
    const t1 = performance.now();
    if (other) other(fresh.text, meta(fresh));
    const t2 = performance.now();
    if (i >= 3) (a.push(t1 - t0), b.push(t2 - t1));
  }
  return [median(a), other ? median(b) : null];
}

const fmt = (ms: number | null) => (ms === null ? '—' : `${ms.toFixed(2)} ms`);
const [s, sOther] = perArticle(sample, 30);
console.log(`sample article (${(sample.text.length / 1024).toFixed(1)} KB), median of 30 runs: this tree ${fmt(s)}   --lib ${fmt(sOther)}`);
const mine: number[] = [];
const theirs: number[] = [];
for (const d of docs) {
  const [a, b] = perArticle(d, 5);
  mine.push(a);
  if (b !== null) theirs.push(b);
}
console.log(`${docs.length} articles of ${dir}, median over articles of each one's median of 5 runs: this tree ${fmt(median(mine))}   --lib ${fmt(theirs.length ? median(theirs) : null)}`);
