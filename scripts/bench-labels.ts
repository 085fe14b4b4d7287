// npm run bench:labels [-- TML_DIR]
// How much of each label the timeline draws at fit: the share of label characters shown
// (characters drawn / characters of the full labels, over the event marks in view, the
// "Expected, no date" group included; clusters have no event label) and how many labels are
// cut, for the sample article at timeline widths 320, 375, 760, 1000 and 1400 (vertical below
// 600 px, as the app draws them) and, given a TimeML folder (e.g.
// ../shared/corpora/meantime-en/tml), for every document in it, summed per width.
// BEFORE is the session-start commit's src/lib (git archive into bench-out/, imported
// dynamically) and AFTER this tree's, laying out the same extracted events in the same run.
// BENCH_BEFORE=<commit> picks another baseline. A benchmark prints figures; it asserts nothing.
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
}
const empty = (): Tally => ({ shown: 0, full: 0, labels: 0, cut: 0 });
const chars = (s: string) => Array.from(s).length;

/** Adds one layout's event labels to `t`: drawn characters against the full label's. */
function tally(t: Tally, l: Layout): void {
  for (const m of l.marks) {
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
const row = (name: string, width: number, b: Tally, a: Tally) =>
  `${name.padEnd(22)} ${String(width).padStart(5)} | ${pct(b)}%  ${String(b.cut).padStart(4)}/${String(b.labels).padEnd(4)} | ${pct(a)}%  ${String(a.cut).padStart(4)}/${String(a.labels).padEnd(4)}`;

console.log(`Label characters drawn at fit, and labels cut; before = ${BEFORE}, after = this tree (same events)\n`);
console.log(`${'document'.padEnd(22)} ${'width'.padStart(5)} | before: shown  cut/labels | after: shown  cut/labels`);

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
