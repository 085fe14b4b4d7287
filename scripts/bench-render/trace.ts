// Frame costs from a Chromium trace (the JSON that browser.startTracing writes). Pure: takes
// the parsed trace events, knows nothing of the page or the libraries.
//
// Why top-level tasks: a reader's input costs more than the animation-frame callback. The
// wheel or mouse event's handlers run in their own task (EventDispatch), and a library may
// do its work there (d3-zoom and Svelte's flush do), in a timer (a settle), or in the frame
// (FireAnimationFrame, then UpdateLayoutTree, Layout, PrePaint, Paint, Layerize, Commit).
// "RunTask" is the renderer's top-level task, what DevTools' Performance panel draws as
// "Task": every piece of main-thread work above sits inside one. Summing the CPU time (tdur)
// of every RunTask on the page's main thread between two markers therefore counts
// everything one input caused there, whichever task it landed in, including garbage
// collection, and nothing twice. CPU time rather than wall time: it holds on a shared, loaded
// machine. Raster and compositing run on other threads and are not counted (with
// --disable-gpu they are software work that neither library controls).
// The windows come from console.timeStamp markers (trace event "TimeStamp"): the driver
// leaves one after each input's frame has been drawn, and one after each pause.

export interface TraceEvent {
  name: string;
  ph: string;
  pid: number;
  tid: number;
  ts: number;
  tdur?: number;
  dur?: number;
  args?: { name?: string; data?: { message?: string } };
}

/** CPU milliseconds of the page's main thread in each window, grouped by the closing marker's text. */
export function windowCosts(events: readonly TraceEvent[]): Map<string, number[]> {
  const mains = new Set(events.filter((e) => e.ph === 'M' && e.name === 'thread_name' && e.args?.name === 'CrRendererMain').map((e) => `${e.pid}:${e.tid}`));
  const onMain = (e: TraceEvent) => mains.has(`${e.pid}:${e.tid}`);
  const markers = events.filter((e) => e.name === 'TimeStamp' && onMain(e)).sort((a, b) => a.ts - b.ts);
  const tasks = events.filter((e) => e.name === 'RunTask' && e.ph === 'X' && onMain(e)).sort((a, b) => a.ts - b.ts);
  const out = new Map<string, number[]>();
  let t = 0;
  for (let i = 0; i < markers.length; i++) {
    // A task belongs to the window its start falls in; the marker's own task (tiny) ends it.
    let sum = 0;
    while (t < tasks.length && tasks[t].ts <= markers[i].ts) sum += (tasks[t++].tdur ?? 0) / 1000;
    if (i === 0) continue;
    const key = markers[i].args?.data?.message ?? '';
    out.set(key, [...(out.get(key) ?? []), sum]);
  }
  return out;
}

/** The value at or above 95 % of the sorted values (the largest for fewer than 20). */
export function p95(xs: readonly number[]): number {
  if (!xs.length) return NaN;
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor(s.length * 0.95))];
}
