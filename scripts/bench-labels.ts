// npm run bench:labels [-- TML_DIR]
// How much of each label the timeline draws at fit: the share of label characters shown
// (characters drawn / characters of the full labels, over the event marks in view, the
// "Expected, no date" group included; clusters have no event label), how many labels are
// cut, and how many dated events are drawn alone against counted in clusters, for the sample article at timeline widths 320, 375, 760, 1000 and 1400 (vertical below
// 600 px, as the app draws them) and, given a TimeML folder (e.g.
// ../shared/corpora/meantime-en/tml), for every document in it, summed per width.
// BEFORE is the session-start commit's src/lib (git archive into bench-out/, imported
// dynamically) and AFTER this tree's, laying out the same extracted events in the same run.
// BENCH_BEFORE=<commit> picks another baseline. Last, the cost: layout() per zoom frame in Node
// (fit-all to a twentieth, 1,000 and 10,000 synthetic events, at 1200 px and on a 375 px phone,
// before and after alternating frame by frame so load from other processes falls on both
// alike). It prints figures; asserts nothing.
import { execSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { TimelineEvent } from '../src/lib/document';
import { extract } from '../src/lib/extract';
import { layout as layoutAfter, type Layout, type LayoutOptions } from '../src/lib/layout';
import { orientationFor } from '../src/lib/publish/orientation';
import { readTmlDir } from './lib/tml';

const repo = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const BEFORE = process.env.BENCH_BEFORE ?? 'aebc885';
const WIDTHS = [320, 375, 760, 1000, 1400];
type LayoutFn = (events: readonly TimelineEvent[], width: number, options: LayoutOptions) => Layout;

// Inside the repository, so the old modules resolve this checkout's node_modules.
const beforeRoot = join(repo, 'bench-out/labels/before');
rmSync(beforeRoot, { recursive: true, force: true });
mkdirSync(beforeRoot, { recursive: true });
execSync(`git archive ${BEFORE} src/lib | tar -x -C ${beforeRoot}`, { cwd: repo });
const layoutBefore = (await import(pathToFileURL(join(beforeRoot, 'src/lib/layout/index.ts')).href)).layout as LayoutFn;

interface Tally {
  shown: number;
  full: number;
  labels: number;
  cut: number;
  /** Dated events drawn as their own mark, and dated events counted in clusters. */
  alone: number;
  clustered: number;
}
const empty = (): Tally => ({ shown: 0, full: 0, labels: 0, cut: 0, alone: 0, clustered: 0 });
const chars = (s: string) => Array.from(s).length;

/** Adds one layout's event labels to `t`: drawn characters against the full label's. */
function tally(t: Tally, l: Layout): void {
  for (const m of l.marks) {
    if (m.start) {
      if (m.kind === 'cluster') t.clustered += m.count;
      else t.alone++;
    }
    if (m.kind !== 'event') continue;
    const full = m.event.label.split(/\s+/).filter(Boolean).join(' ');
    const drawn = m.label.lines.join(' ');
    const cut = drawn !== full;
    t.full += chars(full);
    t.shown += cut ? chars(drawn.replace(/\u2026$/, '')) : chars(full);
    t.labels++;
    if (cut) t.cut++;
  }
}

function measure(fn: LayoutFn, events: readonly TimelineEvent[], published: string, width: number, t: Tally): void {
  if (!events.length) return;
  tally(t, fn(events, width, { published, orientation: orientationFor(width) }));
}

const pct = (t: Tally) => (t.full ? ((100 * t.shown) / t.full).toFixed(1).padStart(5) : '    -');
const counts = (t: Tally) => `${String(t.alone).padStart(5)}/${String(t.clustered).padEnd(4)}`;
const row = (name: string, width: number, b: Tally, a: Tally) =>
  `${name.padEnd(22)} ${String(width).padStart(5)} | ${pct(b)}%  ${String(b.cut).padStart(4)}/${String(b.labels).padEnd(4)} ${counts(b)} | ${pct(a)}%  ${String(a.cut).padStart(4)}/${String(a.labels).padEnd(4)} ${counts(a)}`;

console.log(`Label characters drawn at fit, labels cut, dated events alone/in clusters; before = ${BEFORE}, after = this tree (same events)\n`);
console.log(`${'document'.padEnd(22)} ${'width'.padStart(5)} | before: shown  cut/labels alone/clustered | after: shown  cut/labels alone/clustered`);

const meta = JSON.parse(readFileSync(join(repo, 'public/samples/korea-summit.json'), 'utf8'));
const sampleText = readFileSync(join(repo, 'public/samples/korea-summit.txt'), 'utf8');
const sample = extract(sampleText, { title: meta.title, published: meta.published, url: meta.url, publisher: meta.publisher });
for (const width of WIDTHS) {
  const [b, a] = [empty(), empty()];
  measure(layoutBefore, sample.events, meta.published, width, b);
  measure(layoutAfter, sample.events, meta.published, width, a);
  console.log(row('sample (korea-summit)', width, b, a));
}

const dir = process.argv.slice(2).find((x) => !x.startsWith('--'));
if (dir) {
  const docs = readTmlDir(resolve(dir)).map((d) => ({ id: d.id, published: d.published, events: extract(d.text, { title: null, published: d.published, url: null, publisher: null }).events }));
  const withEvents = docs.filter((d) => d.events.length).length;
  for (const width of WIDTHS) {
    const [b, a] = [empty(), empty()];
    for (const d of docs) {
      measure(layoutBefore, d.events, d.published, width, b);
      measure(layoutAfter, d.events, d.published, width, a);
    }
    console.log(row(`TimeML (${withEvents}/${docs.length} docs)`, width, b, a));
  }
}

// The zoom-frame cost of layout(), before and after, on synthetic events (bench-render's mix).
function synthetic(n: number): TimelineEvent[] {
  let seed = 7;
  const rand = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
  const day = (d: number) => new Date(Date.UTC(2024, 0, 1) + d * 86_400_000).toISOString().slice(0, 10);
  return Array.from({ length: n }, (_, i) => {
    const d = Math.floor(rand() * 730);
    const span = rand() < 0.7 ? 0 : Math.floor(rand() * 30);
    const label = `Event ${i} ${'abcdefghij'.slice(0, 1 + Math.floor(rand() * 10))} officials said the talks on the budget would resume`;
    return { id: `s${i}`, label, status: d > 365 ? 'projected' : 'past', when: { timex: day(d), start: day(d), end: day(d + span), granularity: span ? 'month' : 'day', text: 'x' }, source: { start: 0, end: 1 } };
  });
}
const quantile = (xs: number[], q: number) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(xs.length * q))];
// A desktop (1200 px, horizontal) and a phone (375 px, vertical: gutter, shared marks, columns).
for (const [width, orientation] of [[1200, 'horizontal'], [375, 'vertical']] as const) {
  console.log(`\nlayout() per zoom frame in Node, ${width} px ${orientation}, 60 frames x 5 passes (ms): median / p95`);
  for (const n of [1000, 10_000]) {
    const events = synthetic(n);
    const published = '2025-01-01';
    const options = { published, orientation };
    const times: [number[], number[]] = [[], []];
    const fns = [layoutBefore, layoutAfter];
    const fit = layoutAfter(events, width, options).domain;
    fns.forEach((fn) => fn(events, width, options)); // warm the prepared caches of both
    for (let pass = 0; pass < 5; pass++) {
      for (let i = 0; i < 60; i++) {
        const half = ((fit.end - fit.start) / 2) * (1 - (0.95 * i) / 59);
        const mid = (fit.start + fit.end) / 2;
        for (const k of [0, 1]) {
          const t0 = performance.now();
          fns[k](events, width, { ...options, window: { start: mid - half, end: mid + half } });
          times[k].push(performance.now() - t0);
        }
      }
    }
    const f = (xs: number[]) => `${quantile(xs, 0.5).toFixed(2)} / ${quantile(xs, 0.95).toFixed(2)}`;
    console.log(`${String(n).padStart(7)} events | before ${f(times[0])} | after ${f(times[1])}`);
  }
}
