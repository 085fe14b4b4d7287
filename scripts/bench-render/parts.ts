// Where a window's main-thread CPU goes (the windows of trace.ts): style (UpdateLayoutTree),
// layout, paint (PrePaint, Paint, Layerize, Commit, UpdateLayer), garbage collection, and
// script, the rest (timers, event handlers, animation frames, microtasks: a library's
// JavaScript). Said per settle so a change can be aimed at the part that costs: the window
// total alone cannot tell Svelte's update from the browser's restyle of what it wrote.
// The named events never nest in one another, so subtracting them from the tasks' total counts
// nothing twice; a forced style or layout inside a script is counted as style or layout.
// Pure: takes the parsed trace events, knows nothing of the page or the libraries.
import type { TraceEvent } from './trace';

export type Part = 'script' | 'style' | 'layout' | 'paint' | 'gc';
const PARTS: Record<string, Exclude<Part, 'script'>> = {
  UpdateLayoutTree: 'style',
  Layout: 'layout',
  PrePaint: 'paint',
  Paint: 'paint',
  Layerize: 'paint',
  Commit: 'paint',
  UpdateLayer: 'paint',
  MinorGC: 'gc',
  MajorGC: 'gc',
};

/** Per window closed by a marker reading `key`, its CPU milliseconds by part. */
export function windowParts(events: readonly TraceEvent[], key: string): Record<Part, number>[] {
  const mains = new Set(events.filter((e) => e.ph === 'M' && e.name === 'thread_name' && e.args?.name === 'CrRendererMain').map((e) => `${e.pid}:${e.tid}`));
  const main = events.filter((e) => mains.has(`${e.pid}:${e.tid}`)).sort((a, b) => a.ts - b.ts);
  const out: Record<Part, number>[] = [];
  let open = false;
  let w: Record<Part, number> = { script: 0, style: 0, layout: 0, paint: 0, gc: 0 };
  for (const e of main) {
    if (e.name === 'TimeStamp') {
      if (open && e.args?.data?.message === key) out.push(w);
      open = true;
      w = { script: 0, style: 0, layout: 0, paint: 0, gc: 0 };
    } else if (open && e.ph === 'X') {
      const ms = (e.tdur ?? 0) / 1000;
      if (e.name === 'RunTask') w.script += ms;
      const part = PARTS[e.name];
      if (part) {
        w[part] += ms;
        w.script -= ms;
      }
    }
  }
  return out;
}

/**
 * Per window closed by `key`, the CPU of its most expensive frame: the window's tasks grouped
 * into frames, each frame ending with the task that updates the rendering (one holding a
 * PrePaint). A window can hold several frames (a pause does: a timer, then the frame that
 * draws what it changed); work spread over two frames shows here and not in the window's sum.
 */
export function worstFrames(events: readonly TraceEvent[], key: string): number[] {
  const mains = new Set(events.filter((e) => e.ph === 'M' && e.name === 'thread_name' && e.args?.name === 'CrRendererMain').map((e) => `${e.pid}:${e.tid}`));
  const main = events.filter((e) => mains.has(`${e.pid}:${e.tid}`)).sort((a, b) => a.ts - b.ts);
  const out: number[] = [];
  let open = false;
  let frame = 0;
  let worst = 0;
  let taskEnd = -1;
  let drawn = false;
  const closeTask = () => {
    if (drawn) {
      worst = Math.max(worst, frame);
      frame = 0;
    }
    drawn = false;
  };
  for (const e of main) {
    if (e.ts >= taskEnd) closeTask();
    if (e.name === 'TimeStamp') {
      worst = Math.max(worst, frame);
      if (open && e.args?.data?.message === key) out.push(worst);
      open = true;
      frame = worst = 0;
    } else if (open && e.ph === 'X' && e.name === 'RunTask') {
      frame += (e.tdur ?? 0) / 1000;
      taskEnd = e.ts + (e.dur ?? 0);
    } else if (e.name === 'PrePaint' && e.ts < taskEnd) drawn = true;
  }
  return out;
}

/**
 * Per window closed by `key`, its longest task: the longest the main thread was blocked at a
 * stretch (what delays a frame or an input). Work split between a timer and the next frame
 * shows here as two tasks, while worstFrames counts both against the frame (as the Long
 * Animation Frames API does) when no rendering fell between them.
 */
export function longestTasks(events: readonly TraceEvent[], key: string): number[] {
  const mains = new Set(events.filter((e) => e.ph === 'M' && e.name === 'thread_name' && e.args?.name === 'CrRendererMain').map((e) => `${e.pid}:${e.tid}`));
  const main = events.filter((e) => mains.has(`${e.pid}:${e.tid}`) && (e.name === 'TimeStamp' || (e.name === 'RunTask' && e.ph === 'X'))).sort((a, b) => a.ts - b.ts);
  const out: number[] = [];
  let open = false;
  let longest = 0;
  for (const e of main) {
    if (e.name === 'TimeStamp') {
      if (open && e.args?.data?.message === key) out.push(longest);
      open = true;
      longest = 0;
    } else if (open) longest = Math.max(longest, (e.tdur ?? 0) / 1000);
  }
  return out;
}

/** The middle value (the upper one of an even count). */
export const median = (xs: readonly number[]): number => (xs.length ? [...xs].sort((a, b) => a - b)[xs.length >> 1] : NaN);
