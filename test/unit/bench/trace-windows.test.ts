import { describe, expect, it } from 'vitest';
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
