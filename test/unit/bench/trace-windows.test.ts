import { describe, expect, it } from 'vitest';
import { longestTasks, median, windowParts, worstFrames } from '../../../scripts/bench-render/parts';
import { p95, windowCosts, type TraceEvent } from '../../../scripts/bench-render/trace';

// A renderer main thread (pid 1, tid 1) and another thread; ts and tdur in microseconds.
const meta: TraceEvent[] = [
  { name: 'thread_name', ph: 'M', pid: 1, tid: 1, ts: 0, args: { name: 'CrRendererMain' } },
  { name: 'thread_name', ph: 'M', pid: 1, tid: 2, ts: 0, args: { name: 'Compositor' } },
];
const task = (ts: number, ms: number, tid = 1): TraceEvent => ({ name: 'RunTask', ph: 'X', pid: 1, tid, ts, tdur: ms * 1000 });
const mark = (ts: number, message: string): TraceEvent => ({ name: 'TimeStamp', ph: 'I', pid: 1, tid: 1, ts, args: { data: { message } } });

describe('windowCosts', () => {
  it('sums the CPU of the main thread tasks between two markers, under the closing marker', () => {
    const events = [...meta, mark(0, 'start'), task(10, 2), task(20, 3), mark(30, 'gesture'), task(40, 5), mark(50, 'gesture'), task(60, 7), mark(70, 'settle')];
    expect(windowCosts(events)).toEqual(new Map([['gesture', [5, 5]], ['settle', [7]]]));
  });

  it('leaves out other threads and the work before the first marker', () => {
    const events = [...meta, task(0, 100), mark(5, 'start'), task(10, 2), task(12, 50, 2), mark(30, 'gesture')];
    expect(windowCosts(events).get('gesture')).toEqual([2]);
  });

  it('reads events in time order whatever order the trace lists them in', () => {
    const events = [...meta, mark(30, 'gesture'), task(20, 3), mark(0, 'start'), task(10, 2)];
    expect(windowCosts(events).get('gesture')).toEqual([5]);
  });
});

describe('p95', () => {
  it('is the largest value for fewer than twenty values, and the 95th percentile of more', () => {
    expect(p95([3, 1, 2])).toBe(3);
    expect(p95(Array.from({ length: 100 }, (_, i) => i + 1))).toBe(96);
    expect(p95([])).toBeNaN();
  });
});

describe('windowParts', () => {
  const child = (name: string, ts: number, ms: number): TraceEvent => ({ name, ph: 'X', pid: 1, tid: 1, ts, tdur: ms * 1000 });

  it('splits a settle window into script, style, layout, paint and collection, the script being the rest', () => {
    const events = [
      ...meta,
      mark(0, 'gesture'),
      task(10, 12),
      child('TimerFire', 10, 10),
      child('MinorGC', 12, 2),
      task(30, 9),
      child('UpdateLayoutTree', 30, 3),
      child('Layout', 33, 4),
      child('Paint', 37, 1),
      child('Commit', 38, 0.5),
      mark(50, 'settle'),
    ];
    expect(windowParts(events, 'settle')).toEqual([{ script: 10.5, style: 3, layout: 4, paint: 1.5, gc: 2 }]);
  });

  it('gives only the windows closed by the key asked for', () => {
    const events = [...meta, mark(0, 'start'), task(10, 2), mark(20, 'gesture'), task(30, 5), mark(40, 'settle')];
    expect(windowParts(events, 'settle')).toEqual([{ script: 5, style: 0, layout: 0, paint: 0, gc: 0 }]);
  });
});

describe('median', () => {
  it('is the middle value, the upper one of an even count', () => {
    expect(median([5, 1, 3])).toBe(3);
    expect(median([4, 1, 3, 2])).toBe(3);
    expect(median([])).toBeNaN();
  });
});

describe('worstFrames', () => {
  const task2 = (ts: number, ms: number): TraceEvent => ({ name: 'RunTask', ph: 'X', pid: 1, tid: 1, ts, dur: ms * 1000, tdur: ms * 1000 });
  const prePaint = (ts: number): TraceEvent => ({ name: 'PrePaint', ph: 'X', pid: 1, tid: 1, ts, dur: 10, tdur: 10 });

  it('gives the costliest frame of each window, a frame ending with the task that updates the rendering', () => {
    // A 6 ms timer and the 4 ms frame drawing it (10 ms), then a 12 ms frame.
    const events = [...meta, mark(0, 'gesture'), task2(1000, 6), task2(8000, 4), prePaint(11000), task2(20000, 12), prePaint(30000), mark(40000, 'settle')];
    expect(worstFrames(events, 'settle')).toEqual([12]);
  });

  it('counts work after the last drawn frame as a frame of its own', () => {
    const events = [...meta, mark(0, 'gesture'), task2(1000, 2), prePaint(2000), task2(5000, 5), mark(20000, 'settle')];
    expect(worstFrames(events, 'settle')).toEqual([5]);
  });
});

describe('longestTasks', () => {
  it('gives the longest main-thread task of each window closed by the key', () => {
    const events = [...meta, mark(0, 'gesture'), task(10, 4), task(20, 9, 2), task(30, 6), mark(40, 'settle'), task(50, 20), mark(60, 'gesture')];
    expect(longestTasks(events, 'settle')).toEqual([6]);
  });
});
