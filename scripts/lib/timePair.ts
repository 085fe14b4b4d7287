// Two functions timed alternately, so that load from other processes on the machine falls on
// both alike; shared by the benchmark scripts. Knows nothing of what is timed.

import { median } from '../eval-pages/score';

/** Median milliseconds of one call of each function, after `warmup` runs of both. */
export function timePair(a: () => unknown, b: () => unknown, runs: number, warmup = 20): [number, number] {
  for (let i = 0; i < warmup; i++) (a(), b());
  const ta: number[] = [];
  const tb: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    a();
    const t1 = performance.now();
    b();
    ta.push(t1 - t0);
    tb.push(performance.now() - t1);
  }
  return [median(ta), median(tb)];
}
