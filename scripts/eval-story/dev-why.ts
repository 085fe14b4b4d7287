// Development only: per timeline, the Date-F1 of a weighting and, for each gold day it misses,
// why (how the coverage names it). tsx scripts/eval-story/dev-why.ts '{Weights}' [topics]
import { cases, collections, features, caseHasCandidates } from './dev-tune';
import { rankDays, type Weights } from '../../src/lib/story/rankDates';
import { dayNumber } from '../../src/lib/story/days';
const w: Weights = JSON.parse(process.argv[2] ?? '{"relevant":1,"awaited":-0.2}');
const only = process.argv[3]?.split(',');
let sp = 0, sr = 0;
for (const c of cases) {
  const fs = features(c);
  const has = caseHasCandidates.get(c.key)!;
  const ranked = rankDays(fs, w).filter((d) => has(d.day));
  const chosen = ranked.slice(0, c.n).map((d) => d.day);
  const hit = chosen.filter((d) => c.gold.has(d)).length;
  const p = hit / chosen.length, r = hit / c.n;
  sp += p; sr += r;
  const spanDays = dayNumber(c.end) - dayNumber(c.start) + 1;
  const col = collections.get(c.topic)!;
  const pubs = col.articles.filter((a) => a.published >= c.start && a.published <= c.end).length;
  console.log(`${c.key.padEnd(22)} N=${String(c.n).padStart(3)} span=${String(spanDays).padStart(4)} arts=${String(pubs).padStart(4)} candDays=${String(ranked.length).padStart(4)} P=${p.toFixed(3)} R=${r.toFixed(3)} F=${(p + r ? (2 * p * r) / (p + r) : 0).toFixed(3)}`);
}
const P = sp / cases.length, R = sr / cases.length;
console.log(`avg P ${P.toFixed(3)} R ${R.toFixed(3)} F ${((2 * P * R) / (P + R)).toFixed(3)}`);
void only;
