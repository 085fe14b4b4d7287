// npm run fuzz -- [N] [name filter]: every entry-point property of test/unit/fuzz/entry-points.ts
// at N inputs each (default 100000; whole 20 KB articles at 1% of N), with a fresh seed each run (printed, to replay one with
// FUZZ_SEED). Prints, per entry point, the inputs tried, the slowest input, how many took over
// a second, and any failure
// with its shrunk counterexample; exits 1 when any property failed.
import fc from 'fast-check';
import { performance } from 'node:perf_hooks';
import { ENTRY_POINTS, propertyOf } from '../test/unit/fuzz/entry-points';

const runs = Number(process.argv[2] ?? 100_000);
const only = process.argv[3]?.toLowerCase();
if (!Number.isInteger(runs) || runs < 1) {
  process.stderr.write('usage: npm run fuzz -- [N] [name filter]  (N: inputs per entry point, default 100000)\n');
  process.exit(2);
}
const seed = Number(process.env.FUZZ_SEED ?? Math.floor(Math.random() * 2 ** 31));
console.log(`fuzz: ${runs} inputs per entry point, seed ${seed}`);

let failed = 0;
for (const entry of ENTRY_POINTS) {
  if (only && !entry.name.toLowerCase().includes(only)) continue;
  const started = performance.now();
  let slowest = 0;
  let overASecond = 0;
  // how long each input took is reported, never asserted (every input here is 20 KB or less)
  const property = propertyOf(entry, (ms) => {
    slowest = Math.max(slowest, ms);
    if (ms > 1000) overASecond++;
  });
  const details = await fc.check(property, { numRuns: Math.max(1, Math.round(runs * (entry.fuzzShare ?? 1))), seed, endOnFailure: false });
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  const line = `${entry.name}: ${details.numRuns} inputs in ${seconds} s, slowest ${slowest.toFixed(0)} ms, ${overASecond} over 1 s`;
  if (details.failed) {
    failed++;
    console.log(`${line}: FAILED after ${details.numRuns} inputs (seed ${details.seed}, path ${details.counterexamplePath})`);
    console.log(`  counterexample: ${fc.stringify(details.counterexample)}`);
    console.log(`  error: ${details.errorInstance instanceof Error ? details.errorInstance.message : String(details.errorInstance)}`);
  } else console.log(`${line}: 0 failures`);
}
console.log(failed ? `${failed} entry point(s) failed` : 'no failures');
process.exitCode = failed ? 1 : 0;
