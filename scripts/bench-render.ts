// npm run bench:render — first render and zoom frame times in headless Chromium for 100, 1,000
// and 10,000 synthetic events, Newsline (layout() + TimelineSvg) beside vis-timeline drawing
// the same events in the same run, so the figures are ratios on this machine.
// Per zoom frame: "work" is the wall time of the synchronous update (Newsline: layout + Svelte
// flush; vis: setWindow + redraw) plus a forced style/layout; "frame CPU" is the CPU time of that
// same animation-frame callback, from a Chromium trace (steady on a loaded machine); "frame" is
// the requestAnimationFrame interval. Both libraries get the same unmeasured warm-up pass.
// The bench page is generated into bench-out/ (git-ignored) and built with Vite. Env:
// BENCH_SIZES=100,1000  BENCH_LIBS=newsline  BENCH_BUILD_ONLY=1 (build the page, run nothing).
// BENCH_BEFORE=<commit>: also runs that commit's src/lib (extracted with git archive) as the
// lib "before", so a change is measured against its predecessor in the same run.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, resolve } from 'node:path';
import { svelte } from '@sveltejs/vite-plugin-svelte';
import { chromium } from 'playwright-core';
import { execSync } from 'node:child_process';
import { build } from 'vite';

const ROOT = resolve('.');
const OUT = resolve('bench-out/render');
const SIZES = (process.env.BENCH_SIZES ?? '100,1000,10000').split(',').map(Number);
const BEFORE = process.env.BENCH_BEFORE ?? '';
const LIBS = (process.env.BENCH_LIBS ?? `${BEFORE ? 'before,' : ''}newsline,vis-timeline`).split(',');
const BEFORE_ROOT = join(OUT, 'before');
const FRAMES = 60;

function writeEntry() {
  mkdirSync(join(OUT, 'entry'), { recursive: true });
  writeFileSync(join(OUT, 'entry/index.html'), `<!doctype html><html><head><meta charset="utf-8"><title>bench</title></head>
<body style="margin:0"><div id="root" style="width:1200px"></div><script type="module" src="./main.ts"></script></body></html>`);
  const bench = (root: string) => `<script lang="ts">
  import TimelineSvg from '${root}/src/lib/timeline/TimelineSvg.svelte';
  import { layout } from '${root}/src/lib/layout';
  let { events, width } = $props();
  let win = $state(null);
  const l = $derived(layout(events, width, { published: '2025-01-01', window: win }));
  export function setWindow(w) { win = w; }
  export function domain() { return l.domain; }
</script>
<TimelineSvg layout={l} interactive />`;
  writeFileSync(join(OUT, 'entry/Bench.svelte'), bench(ROOT));
  writeFileSync(join(OUT, 'entry/BenchBefore.svelte'), bench(BEFORE ? BEFORE_ROOT : ROOT));
  // BENCH_LIBS=gesture: a zoom gesture as Timeline.svelte draws it, the fit layout slid by
  // TimelineSvg's shift each frame (the full layout runs only when the gesture settles).
  writeFileSync(join(OUT, 'entry/BenchGesture.svelte'), `<script lang="ts">
  import TimelineSvg from '${ROOT}/src/lib/timeline/TimelineSvg.svelte';
  import { layout } from '${ROOT}/src/lib/layout';
  import { shiftBetween } from '${ROOT}/src/lib/timeline/zoomWindow';
  let { events, width } = $props();
  let win = $state(null);
  const l = layout(events, width, { published: '2025-01-01' });
  const shift = $derived(win ? shiftBetween(l.window, win, l.plot) : null);
  export function setWindow(w) { win = w; }
  export function domain() { return l.domain; }
</script>
<TimelineSvg layout={l} {shift} interactive />`);
  writeFileSync(join(OUT, 'entry/main.ts'), `
import { flushSync, mount } from 'svelte';
import { DataSet, Timeline } from 'vis-timeline/standalone';
import '${ROOT}/node_modules/vis-timeline/styles/vis-timeline-graph2d.min.css';
import Bench from './Bench.svelte';
import BenchBefore from './BenchBefore.svelte';
import BenchGesture from './BenchGesture.svelte';
import { layout } from '${ROOT}/src/lib/layout';

function synth(n) {
  let s = 7;
  const rand = () => ((s = (s * 1103515245 + 12345) % 2147483648) / 2147483648);
  const base = Date.UTC(2024, 0, 1);
  const day = (d) => new Date(base + d * 86400000).toISOString().slice(0, 10);
  return Array.from({ length: n }, (_, i) => {
    const d = Math.floor(rand() * 730);
    const span = rand() < 0.7 ? 0 : Math.floor(rand() * 30);
    return { id: 's' + i, label: 'Event ' + i + ' ' + 'abcdefghij'.slice(0, 1 + Math.floor(rand() * 10)), status: d > 365 ? 'projected' : 'past',
      when: { timex: day(d), start: day(d), end: day(d + span), granularity: span ? 'month' : 'day', text: 'x' }, source: { start: 0, end: 1 } };
  });
}
const DAY = 86400000;
// A short unmeasured zoom pass first, for both libraries: the measured frames then run
// optimised code rather than the JIT's first tries.
const WARM = 10;
const p95 = (xs) => { const s = [...xs].sort((a, b) => a - b); return s[Math.min(s.length - 1, Math.floor(s.length * 0.95))]; };
// The window for frame i: from fit-all down to a twentieth of it, around the middle.
const windowAt = (d, i, frames) => { const mid = (d.start + d.end) / 2, half = (d.end - d.start) / 2 / Math.pow(20, i / (frames - 1)); return { start: mid - half, end: mid + half }; };

async function zoomLoop(frames, step) {
  const work = [], gaps = [], styleLayout = [];
  await new Promise((done) => {
    let i = 0, last = 0;
    const frame = (now) => {
      if (i > 0) gaps.push(now - last);
      last = now;
      const t = performance.now();
      step(i);
      const u = performance.now();
      document.body.offsetHeight;
      const v = performance.now();
      work.push(v - t);
      styleLayout.push(v - u);
      // Finish in a fresh task: code awaiting the loop must not count in the last frame.
      if (++i < frames) requestAnimationFrame(frame); else setTimeout(done);
    };
    requestAnimationFrame(frame);
  });
  return { workP95: p95(work), frameP95: p95(gaps), styleLayoutP95: p95(styleLayout) };
}

window.bench = async (lib, n, frames) => {
  const root = document.getElementById('root');
  const events = synth(n);
  if (lib === 'newsline' || lib === 'before' || lib === 'gesture') {
    const t0 = performance.now();
    const app = mount(lib === 'before' ? BenchBefore : lib === 'gesture' ? BenchGesture : Bench, { target: root, props: { events, width: 1200 } });
    flushSync();
    root.getBoundingClientRect();
    const first = performance.now() - t0;
    const d = app.domain();
    await zoomLoop(WARM, (i) => { app.setWindow(windowAt(d, i * Math.floor(frames / WARM), frames)); flushSync(); });
    const r = await zoomLoop(frames, (i) => { app.setWindow(windowAt(d, i, frames)); flushSync(); });
    // The layout alone, for the same windows: how much of a frame is arithmetic.
    const times = [];
    for (let i = 0; i < frames; i++) { const t = performance.now(); layout(events, 1200, { published: '2025-01-01', window: windowAt(d, i, frames) }); times.push(performance.now() - t); }
    return { first, ...r, layoutP95: p95(times), nodes: root.querySelectorAll('*').length };
  }
  const items = new DataSet(events.map((e) => ({ id: e.id, content: e.label, start: e.when.start, ...(e.when.end !== e.when.start ? { end: new Date(Date.parse(e.when.end) + DAY), type: 'range' } : {}) })));
  const t0 = performance.now();
  const tl = new Timeline(root, items, { width: '1200px', height: '600px', stack: true });
  tl.redraw();
  root.getBoundingClientRect();
  const first = performance.now() - t0;
  const w = tl.getWindow();
  const d = { start: w.start.getTime() / DAY, end: w.end.getTime() / DAY };
  await zoomLoop(WARM, (i) => { const x = windowAt(d, i * Math.floor(frames / WARM), frames); tl.setWindow(x.start * DAY, x.end * DAY, { animation: false }); tl.redraw(); });
  const r = await zoomLoop(frames, (i) => { const x = windowAt(d, i, frames); tl.setWindow(x.start * DAY, x.end * DAY, { animation: false }); tl.redraw(); });
  return { first, ...r, nodes: root.querySelectorAll('*').length };
};
`);
}

/** p95 of the CPU time (ms) of the animation-frame callbacks in a Chromium trace. */
function frameCpuP95(path: string): number {
  const trace = JSON.parse(readFileSync(path, 'utf8'));
  const events: { name: string; ph: string; tdur?: number }[] = trace.traceEvents ?? trace;
  // The measured pass is the last FRAMES callbacks (the warm-up pass comes first).
  const cpu = events.filter((e) => e.name === 'FireAnimationFrame' && e.ph === 'X' && e.tdur).map((e) => e.tdur! / 1000).slice(-FRAMES);
  cpu.sort((a, b) => a - b);
  return cpu.length ? cpu[Math.min(cpu.length - 1, Math.floor(cpu.length * 0.95))] : NaN;
}

const TYPES: Record<string, string> = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css' };

async function main() {
  if (BEFORE) {
    mkdirSync(BEFORE_ROOT, { recursive: true });
    execSync(`git archive ${BEFORE} src/lib | tar -x -C ${BEFORE_ROOT}`);
  }
  writeEntry();
  // Unminified, so a profile of the bench page names functions.
  await build({
    root: join(OUT, 'entry'),
    configFile: false,
    logLevel: 'warn',
    plugins: [svelte()],
    build: { outDir: join(OUT, 'dist'), emptyOutDir: true, chunkSizeWarningLimit: 2000, minify: false },
  });
  if (process.env.BENCH_BUILD_ONLY) return;
  const server = createServer((req, res) => {
    const path = new URL(req.url ?? '/', 'http://x').pathname;
    const file = join(OUT, 'dist', path === '/' ? 'index.html' : path);
    if (!file.startsWith(join(OUT, 'dist'))) return void res.writeHead(403).end();
    let body: Buffer;
    try {
      body = readFileSync(file);
    } catch {
      return void res.writeHead(404).end();
    }
    res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' }).end(body);
  });
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  const url = `http://127.0.0.1:${(server.address() as { port: number }).port}/`;
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
  type R = { first: number; workP95: number; frameP95: number; nodes: number; layoutP95?: number; cpuP95?: number; styleLayoutP95: number };
  const rows: string[] = [];
  const f = (x: number) => x.toFixed(1).padStart(8);
  const ratio = (a: number, b: number) => `${(b / a).toFixed(1)}x`.padStart(7);
  rows.push(`${'events'.padStart(7)} | ${'lib'.padEnd(12)} | first ms | work p95 | frame p95 | frame CPU p95 | layout p95 | style+layout p95 | DOM nodes`);
  const summary: string[] = [];
  for (const n of SIZES) {
    const results: Record<string, R> = {};
    for (const lib of LIBS) {
      const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
      page.setDefaultTimeout(300_000);
      await page.goto(url);
      // A trace gives each animation-frame callback's CPU time (tdur): a figure that holds up
      // on a shared, loaded machine, unlike wall-clock time.
      const tracePath = join(OUT, `trace-${lib}-${n}.json`);
      await browser.startTracing(page, { path: tracePath, categories: ['devtools.timeline'] });
      results[lib] = (await page.evaluate(([lib, n, frames]) => (window as any).bench(lib, n, frames), [lib, n, FRAMES] as const)) as R;
      await browser.stopTracing();
      results[lib].cpuP95 = frameCpuP95(tracePath);
      await page.close();
      const r = results[lib];
      rows.push(`${String(n).padStart(7)} | ${lib.padEnd(12)} | ${f(r.first)} | ${f(r.workP95)} | ${f(r.frameP95)} | ${f(r.cpuP95 ?? NaN).padStart(13)} | ${r.layoutP95 === undefined ? '         -' : f(r.layoutP95).padStart(10)} | ${f(r.styleLayoutP95).padStart(16)} | ${String(r.nodes).padStart(9)}`);
    }
    if (results.before && results.newsline) summary.push(`${String(n).padStart(7)} | before/after frame CPU p95 ${ratio(results.newsline.cpuP95!, results.before.cpuP95!)} | work p95 ${ratio(results.newsline.workP95, results.before.workP95)}`);
    const [a, b] = [results.newsline, results['vis-timeline']];
    if (a && b) summary.push(`${String(n).padStart(7)} | vis/newsline first ${ratio(a.first, b.first)} | work p95 ${ratio(a.workP95, b.workP95)} | frame p95 ${ratio(a.frameP95, b.frameP95)} | frame CPU p95 ${ratio(a.cpuP95!, b.cpuP95!)}`);
  }
  await browser.close();
  server.close();
  const { loadavg } = await import('node:os');
  console.log(`Render benchmark: ${FRAMES} zoom frames per run, 1200 px wide, headless Chromium; load average ${loadavg()[0].toFixed(1)}\n`);
  console.log(rows.join('\n'));
  console.log('\nHow many times slower vis-timeline is (higher is better for Newsline):');
  console.log(summary.join('\n'));
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
