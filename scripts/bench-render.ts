// npm run bench:render — Newsline beside vis-timeline drawing the same 100, 1,000 and 10,000
// synthetic events in headless Chromium, in the same run, so the figures are ratios on this
// machine. Two modes, each a table:
// - "program": first render, then the window set programmatically once per animation frame
//   (Newsline: layout() + TimelineSvg; vis: setWindow + redraw), every frame a full layout and
//   redraw. "work" is the wall time of that synchronous update plus a forced style/layout;
//   "frame CPU" the CPU time of the animation-frame callback (trace FireAnimationFrame tdur);
//   "frame" the requestAnimationFrame interval. Both libraries get the same unmeasured warm-up.
// - "input": what a reader does. The app's own Timeline.svelte, and vis-timeline with
//   zoomKey ctrlKey, get the same real input through the DevTools protocol (bench-render/
//   input.ts): ctrl+wheel pinches and a mouse drag, one input per frame, 60 inputs, and four
//   pauses longer than the timeline's settle delay. A frame's figure is the main-thread CPU of
//   every top-level task between two markers (bench-render/trace.ts says why): the input's
//   event handling, timers, the animation frame, style, layout and paint. "gesture" frames
//   follow an input; "settle" frames are what a pause triggers (Newsline's full layout).
//   vis-timeline's zoomFriction is set so one input zooms it as much as d3-zoom zooms Newsline
//   (the "zoom" column shows the factor each reached after the first pinch). BENCH_LIBS=empty
//   adds a plain box taking the same input: the floor (driver markers, browser input
//   handling) every frame figure stands on, about 2 ms here. vis-timeline has no settle, so
//   its ratio line sets its gesture p95 beside Newsline's worst settle too.
// The page is generated into bench-out/ (git-ignored) and built unminified with Vite, so a
// profile of it names functions. Env: BENCH_SIZES=100,1000  BENCH_LIBS=newsline,vis-timeline
// BENCH_MODES=program,input  BENCH_FRAMES=30 (programmatic frames)  BENCH_BUILD_ONLY=1 (build
// the page, run nothing)  BENCH_BEFORE=<commit>: also runs that commit's src/lib (extracted
// with git archive) as the lib "before", so a change is measured against its predecessor;
// or BENCH_BEFORE=<directory> holding a src/lib, taken as it is.
import { execSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join, resolve } from 'node:path';
import { svelte } from '@sveltejs/vite-plugin-svelte';
import type { Browser } from 'playwright-core';
import { build } from 'vite';
import { launchChromium, serveDir } from '../test/browser/publish-helpers';
import { gesture, GESTURE, PINCH_DELTA, SETTLE, type Box } from './bench-render/input';
import { writePage } from './bench-render/page';
import { longestTasks, median, windowParts, worstFrames, type Part } from './bench-render/parts';
import { p95, windowCosts, type TraceEvent } from './bench-render/trace';

const ROOT = resolve('.');
const OUT = resolve('bench-out/render');
const SIZES = (process.env.BENCH_SIZES ?? '100,1000,10000').split(',').map(Number);
const BEFORE = process.env.BENCH_BEFORE ?? '';
const LIBS = (process.env.BENCH_LIBS ?? `${BEFORE ? 'before,' : ''}newsline,vis-timeline`).split(',');
const MODES = (process.env.BENCH_MODES ?? 'program,input').split(',');
const FRAMES = Number(process.env.BENCH_FRAMES ?? 30);
const BEFORE_ROOT = join(OUT, 'before');
// d3-zoom scales by 2^(-deltaY · 0.002 · 10) per ctrl+wheel event (pixel deltas); vis-timeline
// by 1 + 1/zoomFriction per event whatever the delta: this friction makes them equal.
const VIS_FRICTION = 1 / (2 ** (PINCH_DELTA * 0.02) - 1);

const readTrace = (path: string): TraceEvent[] => {
  const t = JSON.parse(readFileSync(path, 'utf8'));
  return t.traceEvents ?? t;
};

interface ProgramRow { first: number; workP95: number; frameP95: number; cpuP95: number; layoutP95?: number; styleLayoutP95: number; nodes: number }
interface InputRow { gesture: number[]; settle: number[]; zoom: number; parts: Record<Part, number>[]; frames: number[]; tasks: number[] }

async function program(browser: Browser, url: string, lib: string, n: number): Promise<ProgramRow> {
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
  page.setDefaultTimeout(300_000);
  await page.goto(url);
  const path = join(OUT, `trace-program-${lib}-${n}.json`);
  await browser.startTracing(page, { path, categories: ['devtools.timeline'] });
  const r = (await page.evaluate(([lib, n, frames]) => (window as any).bench(lib, n, frames), [lib, n, FRAMES] as const)) as Omit<ProgramRow, 'cpuP95'>;
  await browser.stopTracing();
  await page.close();
  // The measured pass is the last FRAMES callbacks (the warm-up pass comes first).
  const cpu = readTrace(path).filter((e) => e.name === 'FireAnimationFrame' && e.ph === 'X' && e.tdur).map((e) => e.tdur! / 1000);
  return { ...r, cpuP95: p95(cpu.slice(-FRAMES)) };
}

async function input(browser: Browser, url: string, lib: string, n: number): Promise<InputRow> {
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
  page.setDefaultTimeout(300_000);
  await page.goto(url);
  const box = (await page.evaluate(([lib, n, f]) => (window as any).mountReal(lib, n, f), [lib, n, VIS_FRICTION] as const)) as Box;
  const path = join(OUT, `trace-input-${lib}-${n}.json`);
  await browser.startTracing(page, { path, categories: ['devtools.timeline', 'disabled-by-default-devtools.timeline'] });
  const zooms = await gesture(page, box);
  await browser.stopTracing();
  await page.close();
  const trace = readTrace(path);
  const w = windowCosts(trace);
  return { gesture: w.get(GESTURE) ?? [], settle: w.get(SETTLE) ?? [], zoom: zooms[0], parts: windowParts(trace, SETTLE), frames: worstFrames(trace, SETTLE), tasks: longestTasks(trace, SETTLE) };
}

const f = (x: number, w = 8) => (Number.isFinite(x) ? x.toFixed(1) : '-').padStart(w);
const times = (a: number, b: number) => `${(b / a).toFixed(1)}x`.padStart(7);
const max = (xs: number[]) => Math.max(...xs);

async function main() {
  // A directory holding src/lib is taken as it is (e.g. this tree with one folder reverted).
  const beforeDir = BEFORE && existsSync(join(BEFORE, 'src/lib')) ? resolve(BEFORE) : null;
  if (BEFORE && !beforeDir) {
    mkdirSync(BEFORE_ROOT, { recursive: true });
    execSync(`git archive ${BEFORE} src/lib | tar -x -C ${BEFORE_ROOT}`);
  }
  writePage(join(OUT, 'entry'), ROOT, beforeDir ?? (BEFORE ? BEFORE_ROOT : ROOT));
  await build({
    root: join(OUT, 'entry'),
    configFile: false,
    logLevel: 'error',
    plugins: [svelte()],
    build: { outDir: join(OUT, 'dist'), emptyOutDir: true, chunkSizeWarningLimit: 2000, minify: false },
  });
  if (process.env.BENCH_BUILD_ONLY) return;
  const server = await serveDir(join(OUT, 'dist'));
  const browser = await launchChromium();
  const programRows = [`${'events'.padStart(7)} | ${'lib'.padEnd(12)} | first ms | work p95 | frame p95 | frame CPU p95 | layout p95 | style+layout p95 | DOM nodes`];
  const inputRows = [`${'events'.padStart(7)} | ${'lib'.padEnd(12)} | gesture p95 | gesture max | settle p95 | settle max |  zoom`];
  const partRows = [`${'events'.padStart(7)} | ${'lib'.padEnd(12)} |  script |   style |  layout |   paint |      gc | worst frame median / max | longest task median / max`];
  const ratios: string[] = [];
  for (const n of SIZES) {
    const P: Record<string, ProgramRow> = {};
    const I: Record<string, InputRow> = {};
    for (const lib of LIBS) {
      if (MODES.includes('program')) {
        const r = (P[lib] = await program(browser, server.url, lib, n));
        programRows.push(`${String(n).padStart(7)} | ${lib.padEnd(12)} | ${f(r.first)} | ${f(r.workP95)} | ${f(r.frameP95, 9)} | ${f(r.cpuP95, 13)} | ${f(r.layoutP95 ?? NaN, 10)} | ${f(r.styleLayoutP95, 16)} | ${String(r.nodes).padStart(9)}`);
      }
      if (MODES.includes('input')) {
        const r = (I[lib] = await input(browser, server.url, lib, n));
        const part = (k: Part) => f(median(r.parts.map((p) => p[k])), 7);
        partRows.push(`${String(n).padStart(7)} | ${lib.padEnd(12)} | ${(['script', 'style', 'layout', 'paint', 'gc'] as const).map(part).join(' | ')} | ${f(median(r.frames), 7)} / ${f(max(r.frames), 5)} | ${f(median(r.tasks), 7)} / ${f(max(r.tasks), 5)}`);
        inputRows.push(`${String(n).padStart(7)} | ${lib.padEnd(12)} | ${f(p95(r.gesture), 11)} | ${f(max(r.gesture), 11)} | ${f(p95(r.settle), 10)} | ${f(max(r.settle), 10)} | ${r.zoom.toFixed(2).padStart(5)}  (${r.gesture.length} + ${r.settle.length} frames)`);
      }
    }
    for (const [name, base] of [['vis/newsline', 'vis-timeline'], ['before/after', 'before']] as const) {
      const [a, b] = [P.newsline, P[base]];
      if (a && b) ratios.push(`${String(n).padStart(7)} | ${name.padEnd(12)} program: first ${times(a.first, b.first)} | work p95 ${times(a.workP95, b.workP95)} | frame CPU p95 ${times(a.cpuP95, b.cpuP95)}`);
      const [c, d] = [I.newsline, I[base]];
      // Every frame of the gesture, settles included: what the reader sees overall.
      const all = (r: InputRow) => [...r.gesture, ...r.settle];
      if (c && d) ratios.push(`${String(n).padStart(7)} | ${name.padEnd(12)} input: all frames p95 ${times(p95(all(c)), p95(all(d)))} | gesture p95 ${times(p95(c.gesture), p95(d.gesture))} | gesture max ${times(max(c.gesture), max(d.gesture))} | ${name === 'vis/newsline' ? 'vis gesture p95 / newsline settle max' : 'settle max'} ${times(max(c.settle), name === 'vis/newsline' ? p95(d.gesture) : max(d.settle))}`);
    }
  }
  await browser.close();
  await server.close();
  console.log(`Render benchmark, 1200 px wide, headless Chromium; load average ${loadavg()[0].toFixed(1)}`);
  if (MODES.includes('program')) console.log(`\nProgrammatic zoom, ${FRAMES} frames from fit-all to a twentieth (ms):\n${programRows.join('\n')}`);
  if (MODES.includes('input')) console.log(`\nReal input, ctrl+wheel pinches and a drag, main-thread CPU per frame (ms):\n${inputRows.join('\n')}`);
  if (MODES.includes('input')) console.log(`\nWhere a settle's CPU goes, median over the settles, its worst frame and its longest task (ms; parts.ts):\n${partRows.join('\n')}`);
  console.log('\nHow many times more CPU the other takes (higher is better for Newsline):');
  console.log(ratios.join('\n'));
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
