// npm run bench [-- TML_DIR]
// Extraction time for the sample article (median of many runs after warm-up) and throughput
// over a whole TimeML collection (default ../shared/corpora/meantime-en/tml when present),
// for the news tagger and for plain chrono.parse in the same run; the ratio is what counts.
// A benchmark prints figures beside a baseline measured in the same run; it asserts nothing.
// Times are this process's CPU time (process.cpuUsage), so that other processes' load on a
// shared machine, which stretches wall time on either side at random, does not move the ratio.
import * as chrono from 'chrono-node';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { tagTimexes } from '../src/lib/temporal/index';
import { parsePublished, referenceDate } from '../src/lib/temporal/reference';
import { readTmlDir } from './lib/tml';

const repo = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const argDir = process.argv.slice(2).find((a) => !a.startsWith('--'));
const corpusDir = argDir ? resolve(argDir) : join(repo, '../shared/corpora/meantime-en/tml');

type Doc = { text: string; published: string };

const cpuMs = () => {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
};
const median = (xs: number[]) => {
  const sorted = [...xs].sort((x, y) => x - y);
  return sorted.length % 2 ? sorted[sorted.length >> 1] : (sorted[sorted.length / 2 - 1] + sorted[sorted.length / 2]) / 2;
};

/** Median CPU milliseconds of one call of each function (each measured over `batch` calls), after `warmup` runs of both, alternating which goes first. */
function timePair(a: () => unknown, b: () => unknown, runs: number, warmup = 20, batch = 1): [number, number] {
  for (let i = 0; i < warmup; i++) (a(), b());
  const ta: number[] = [];
  const tb: number[] = [];
  const time = (f: () => unknown) => {
    const t0 = cpuMs();
    for (let k = 0; k < batch; k++) f();
    return (cpuMs() - t0) / batch;
  };
  for (let i = 0; i < runs; i++) {
    if (i % 2) (tb.push(time(b)), ta.push(time(a)));
    else (ta.push(time(a)), tb.push(time(b)));
  }
  return [median(ta), median(tb)];
}
const plain = (d: Doc) => chrono.parse(d.text, referenceDate(parsePublished(d.published)!));
const news = (d: Doc) => tagTimexes(d.text, d.published);

const sample: Doc = { text: readFileSync(join(repo, 'public/samples/korea-summit.txt'), 'utf8'), published: '2025-11-05' };
const [sampleNews, samplePlain] = timePair(() => news(sample), () => plain(sample), 60, 20, 10);
console.log(`sample article (${(sample.text.length / 1024).toFixed(1)} KB, ${news(sample).length} timexes), CPU time, median of 60 alternating batches of 10 runs:`);
console.log(`  newsline tagger ${sampleNews.toFixed(2)} ms   plain chrono.parse ${samplePlain.toFixed(2)} ms   ratio ${(sampleNews / samplePlain).toFixed(2)}x`);

if (existsSync(corpusDir)) {
  const docs = readTmlDir(corpusDir);
  const kb = docs.reduce((n, d) => n + d.text.length, 0) / 1024;
  const pass = (fn: (d: Doc) => unknown) => () => docs.forEach(fn);
  const [newsMs, plainMs] = timePair(pass(news), pass(plain), 21, 3);
  console.log(`${docs.length} documents from ${corpusDir} (${kb.toFixed(1)} KB), CPU time, median of 21 alternating passes:`);
  console.log(`  newsline tagger ${(kb / (newsMs / 1000)).toFixed(0)} KB/s (${newsMs.toFixed(1)} ms)   plain chrono.parse ${(kb / (plainMs / 1000)).toFixed(0)} KB/s (${plainMs.toFixed(1)} ms)`);
  console.log(`  time ratio newsline/plain: ${(newsMs / plainMs).toFixed(2)}x (target <= 3x)`);
  // The passes above start three passes after the first call, while V8 is still compiling the
  // tagger's many small functions (a cost a browser pays on its first article, and a folder
  // run once); after 30 more passes of each, both are compiled: what a long run pays per pass.
  const [newsSettled, plainSettled] = timePair(pass(news), pass(plain), 21, 30);
  console.log(`  settled, after 30 more passes of each: newsline ${newsSettled.toFixed(1)} ms, plain ${plainSettled.toFixed(1)} ms, ratio ${(newsSettled / plainSettled).toFixed(2)}x`);
} else {
  console.log(`no corpus at ${corpusDir}: pass a TimeML folder to measure throughput`);
}

// Hostile inputs, timed once each (the unit tests check their output, not their time).
const hostile: [string, string][] = [
  ['"last " x 10,000 + "week"', 'last '.repeat(10_000) + 'week'],
  ['1 MB of digits', '9'.repeat(1_000_000)],
  ['20,000 numbers', Array.from({ length: 20_000 }, (_, i) => String((i * 7919) % 100_000)).join(' ')],
];
for (const [name, text] of hostile) {
  const t0 = performance.now();
  tagTimexes(text, '2025-11-05');
  const t1 = performance.now();
  chrono.parse(text, new Date(2025, 10, 5));
  const t2 = performance.now();
  console.log(`hostile ${name}: newsline ${(t1 - t0).toFixed(0)} ms, plain chrono ${(t2 - t1).toFixed(0)} ms`);
}
