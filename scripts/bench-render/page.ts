// The render benchmark's page, generated into bench-out/ (git-ignored) and built with Vite:
// the same synthetic events for every library, and two ways to drive each one.
// - window.bench(lib, n, frames): the programmatic rows. The window is set once per animation
//   frame (Newsline: layout() + TimelineSvg; vis-timeline: setWindow + redraw), so every frame
//   is a full layout and redraw.
// - window.mountReal(lib, n): mounts what a reader gets (the app's Timeline.svelte, or
//   vis-timeline with ctrl+wheel zoom) and returns where to point the real input the driver
//   sends through the DevTools protocol (input.ts).
// `root` and `beforeRoot` are checkouts holding src/lib: this one, and BENCH_BEFORE's.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export function writePage(out: string, root: string, beforeRoot: string) {
  mkdirSync(out, { recursive: true });
  writeFileSync(join(out, 'index.html'), `<!doctype html><html><head><meta charset="utf-8"><title>bench</title></head>
<body style="margin:0"><div id="root" style="width:1200px"></div><script type="module" src="./main.ts"></script></body></html>`);
  const program = (r: string) => `<script lang="ts">
  import TimelineSvg from '${r}/src/lib/timeline/TimelineSvg.svelte';
  import { layout } from '${r}/src/lib/layout';
  let { events, width } = $props();
  let win = $state(null);
  const l = $derived(layout(events, width, { published: '2025-01-01', window: win }));
  export function setWindow(w) { win = w; }
  export function domain() { return l.domain; }
</script>
<TimelineSvg layout={l} interactive />`;
  writeFileSync(join(out, 'Program.svelte'), program(root));
  writeFileSync(join(out, 'ProgramBefore.svelte'), program(beforeRoot));
  writeFileSync(join(out, 'main.ts'), `
import { flushSync, mount } from 'svelte';
import { DataSet, Timeline as Vis } from 'vis-timeline/standalone';
import visCss from '${root}/node_modules/vis-timeline/styles/vis-timeline-graph2d.min.css?inline';
import Program from './Program.svelte';
import ProgramBefore from './ProgramBefore.svelte';
import Timeline from '${root}/src/lib/timeline/Timeline.svelte';
import TimelineBefore from '${beforeRoot}/src/lib/timeline/Timeline.svelte';
import { layout } from '${root}/src/lib/layout';

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
// vis-timeline's stylesheet only on its own pages: its rules (a universal [class*=span]
// among them) would otherwise cost every other library's style recalculation too.
const visStyle = () => document.head.append(Object.assign(document.createElement('style'), { textContent: visCss }));
const visItems = (events) => new DataSet(events.map((e) => ({ id: e.id, content: e.label, start: e.when.start, ...(e.when.end !== e.when.start ? { end: new Date(Date.parse(e.when.end) + DAY), type: 'range' } : {}) })));
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
  if (lib === 'newsline' || lib === 'before') {
    const t0 = performance.now();
    const app = mount(lib === 'before' ? ProgramBefore : Program, { target: root, props: { events, width: 1200 } });
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
  visStyle();
  const items = visItems(events);
  const t0 = performance.now();
  const tl = new Vis(root, items, { width: '1200px', height: '600px', stack: true });
  tl.redraw();
  root.getBoundingClientRect();
  const first = performance.now() - t0;
  const w = tl.getWindow();
  const d = { start: w.start.getTime() / DAY, end: w.end.getTime() / DAY };
  await zoomLoop(WARM, (i) => { const x = windowAt(d, i * Math.floor(frames / WARM), frames); tl.setWindow(x.start * DAY, x.end * DAY, { animation: false }); tl.redraw(); });
  const r = await zoomLoop(frames, (i) => { const x = windowAt(d, i, frames); tl.setWindow(x.start * DAY, x.end * DAY, { animation: false }); tl.redraw(); });
  return { first, ...r, nodes: root.querySelectorAll('*').length };
};

// For profiling by hand (not used by the driver): the programmatic drawing, left mounted, and
// the synthetic events' layout for any window.
window.__flushSync = flushSync;
window.mountProgram = (lib, n) => {
  const events = synth(n);
  const app = mount(lib === 'before' ? ProgramBefore : Program, { target: document.getElementById('root'), props: { events, width: 1200 } });
  flushSync();
  return { app, events, layout: (w) => layout(events, 1200, { published: '2025-01-01', window: w }) };
};

// What a reader gets, for real input. Returns the box (page pixels) the input aims at.
window.mountReal = async (lib, n, zoomFriction) => {
  const root = document.getElementById('root');
  const events = synth(n);
  if (lib === 'newsline' || lib === 'before') {
    mount(lib === 'before' ? TimelineBefore : Timeline, { target: root, props: { events, text: 'x', published: '2025-01-01' } });
    // bind:clientWidth measures on the next frames: wait until the drawing is at full width.
    for (let i = 0; i < 100 && root.querySelector('svg.nl-timeline')?.getAttribute('width') !== '1200'; i++) await new Promise(requestAnimationFrame);
    // d3-zoom keeps its transform on the element: the zoom factor the input reached.
    window.zoomFactor = () => root.querySelector('svg.nl-timeline').__zoom.k;
    const r = root.querySelector('svg.nl-timeline').getBoundingClientRect();
    return { x: r.left, y: r.top, w: r.width, h: Math.min(r.height, 600) };
  }
  if (lib === 'empty') {
    // The floor: a plain box that takes the same input and does nothing with it (the driver's
    // markers and the browser's own input handling still cost their share of every frame).
    root.style.height = '600px';
    window.zoomFactor = () => 1;
    return { x: 0, y: 0, w: 1200, h: 600 };
  }
  visStyle();
  const tl = new Vis(root, visItems(events), { width: '1200px', height: '600px', stack: true, zoomKey: 'ctrlKey', zoomFriction });
  tl.redraw();
  const w0 = tl.getWindow();
  window.zoomFactor = () => { const w = tl.getWindow(); return (w0.end - w0.start) / (w.end - w.start); };
  const r = root.querySelector('.vis-center').getBoundingClientRect();
  return { x: r.left, y: r.top, w: r.width, h: r.height };
};
`);
}
