// Development only: fast experiments on the collections dev-prepare.ts wrote (no tagging; one
// Python process scores every configuration: batch-score.py). Figures to report come from
// `npm run eval:story`, not from here.
//   tsx scripts/eval-story/dev-tune.ts full '{"name": {StoryOptions...}, ...}'   LOTO over the given configurations
//   tsx scripts/eval-story/dev-tune.ts dates '{"name": {Weights...}, ...}'       Date-F1 only, LOTO over weightings
//   tsx scripts/eval-story/dev-tune.ts miss '{Weights}' [topics]                 gold days missed and days chosen wrongly
//   tsx scripts/eval-story/dev-tune.ts spread '{Weights}' [anchors]              greedy days kept apart (did not help)
//   tsx scripts/eval-story/dev-tune.ts show TOPIC/GOLD '{StoryOptions}'         our entries beside gold's, on shared days
//   tsx scripts/eval-story/dev-tune.ts dump '{StoryOptions}'                     every quoted sentence to /tmp/story-score/dump.txt
//   tsx scripts/eval-story/dev-tune.ts days                                      every candidate day's features and whether gold has it,
//                                                                                to /tmp/story-score/days.json (dev-datewise.py reads it)
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildStory, type Collection, type StoryOptions } from '../../src/lib/story';
import { dayFeatures, FEATURES, type DayFeatures } from '../../src/lib/story/dateFeatures';
import { rankDays, type Weights } from '../../src/lib/story/rankDates';
import { indexCandidates } from '../../src/lib/story/candidates';
import { articlesInSpan } from '../../src/lib/story/scope';
import { entryText } from '../../src/lib/story/reporting';

export const DATA = '/tmp/timeline17';
// STORY_COLS: another prepared set (e.g. one written from a worktree of the commit measured)
const COLS = process.env.STORY_COLS ?? '/tmp/story-score/collections';
export interface Case { key: string; topic: string; n: number; k: number; start: string; end: string; gold: Map<string, string[]> }
const pyRound = (x: number) => (Math.abs(x % 1) === 0.5 ? 2 * Math.round(x / 2) : Math.round(x));
export const topics = readdirSync(COLS).map((f) => f.replace('.json', '')).sort();
export const cases: Case[] = topics.flatMap((topic) =>
  readdirSync(join(DATA, topic, 'gold')).filter((g) => g.endsWith('.json')).sort().map((g) => {
    const tl: { date: string; sentences: string[] }[] = JSON.parse(readFileSync(join(DATA, topic, 'gold', g), 'utf8')).timeline;
    const dates = tl.map((e) => e.date).sort();
    const k = pyRound(tl.reduce((s, e) => s + e.sentences.length, 0) / tl.length);
    return { key: `${topic}/${g.slice(0, -5)}`, topic, n: dates.length, k, start: dates[0], end: dates[dates.length - 1], gold: new Map(tl.map((e) => [e.date, e.sentences])) };
  }),
);
export const collections = new Map<string, Collection>(topics.map((t) => [t, JSON.parse(readFileSync(join(COLS, `${t}.json`), 'utf8'))]));
// the entry rules may have changed since the collections were written
for (const col of collections.values()) for (const s of col.sentences) s.text = entryText(s.text) || s.text;

export interface PR { precision: number; recall: number }
export type Res = Record<'rouge_1' | 'rouge_2' | 'date', PR>;
const f1 = (p: number, r: number) => (p + r === 0 ? 0 : (2 * p * r) / (p + r));
export function avg(rows: Res[]): Record<'rouge_1' | 'rouge_2' | 'date', number> {
  const m = (k: keyof Res, x: keyof PR) => rows.reduce((s, r) => s + r[k][x], 0) / rows.length;
  return { rouge_1: f1(m('rouge_1', 'precision'), m('rouge_1', 'recall')), rouge_2: f1(m('rouge_2', 'precision'), m('rouge_2', 'recall')), date: f1(m('date', 'precision'), m('date', 'recall')) };
}

/** Scores {config: {caseKey: timeline}} with score.py's functions in one Python process. */
export function scoreMany(configs: Record<string, Record<string, { date: string; sentences: string[] }[]>>): Record<string, Record<string, Res>> {
  const out = execFileSync('python3', [join(dirname(fileURLToPath(import.meta.url)), 'batch-score.py'), DATA], { input: JSON.stringify({ configs }), maxBuffer: 1 << 30 });
  return JSON.parse(out.toString());
}

export function buildAll(options: Partial<StoryOptions>, only = cases) {
  const preds: Record<string, { date: string; sentences: string[] }[]> = {};
  for (const c of only) {
    const s = buildStory(collections.get(c.topic)!, { dates: c.n, sentences: c.k, start: c.start, end: c.end, labels: false, ...options });
    preds[c.key] = s.timeline.map((e) => ({ date: e.date, sentences: e.sentences }));
  }
  return preds;
}

/** LOTO over named results: per topic, config best on the others by the objective. */
export function loto(results: Record<string, Record<string, Res>>, objective = (a: ReturnType<typeof avg>) => a.rouge_1 / 0.14 + a.date / 0.6) {
  const names = Object.keys(results);
  const held: Res[] = [];
  const lines: string[] = [];
  for (const topic of topics) {
    const rowsOf = (n: string, inTopic: boolean) => Object.entries(results[n]).filter(([k]) => k.startsWith(`${topic}/`) === inTopic).map(([, r]) => r);
    const best = names.reduce((b, n) => (objective(avg(rowsOf(n, false))) > objective(avg(rowsOf(b, false))) ? n : b), names[0]);
    const rows = rowsOf(best, true);
    held.push(...rows);
    const a = avg(rows);
    lines.push(`  ${topic.padEnd(7)} ${a.rouge_1.toFixed(3)} ${a.rouge_2.toFixed(3)} ${a.date.toFixed(3)}  ${best}`);
  }
  const a = avg(held);
  lines.push(`  LOTO    ${a.rouge_1.toFixed(3)} ${a.rouge_2.toFixed(3)} ${a.date.toFixed(3)}`);
  for (const n of names) {
    const b = avg(Object.values(results[n]));
    lines.push(`    in-sample ${b.rouge_1.toFixed(3)} ${b.rouge_2.toFixed(3)} ${b.date.toFixed(3)}  ${n}`);
  }
  return lines.join('\n');
}

// ---- date-only evaluation: Date-F1 of the top N days that have candidates
export const caseFeatures = new Map<string, DayFeatures[]>();
export const caseHasCandidates = new Map<string, (day: string) => boolean>();
export function features(c: Case): DayFeatures[] {
  if (!caseFeatures.has(c.key)) {
    const col = collections.get(c.topic)!;
    caseFeatures.set(c.key, dayFeatures(col, { start: c.start, end: c.end }));
    const cand = indexCandidates(col, articlesInSpan(col, { start: c.start, end: c.end }), { leadSentences: 8 });
    caseHasCandidates.set(c.key, (d) => cand.of(d).length > 0);
  }
  return caseFeatures.get(c.key)!;
}
export function dateRes(c: Case, weights: Weights): Res {
  const has = (features(c), caseHasCandidates.get(c.key)!);
  const days = rankDays(features(c), weights).filter((d) => has(d.day)).slice(0, c.n).map((d) => d.day);
  const hit = days.filter((d) => c.gold.has(d)).length;
  const pr = { precision: days.length ? hit / days.length : 0, recall: hit / c.n };
  return { rouge_1: pr, rouge_2: pr, date: pr };
}

const mode = process.argv[2];
if (mode === 'dates') {
  const grid: Record<string, Weights> = JSON.parse(process.argv[3]);
  const results: Record<string, Record<string, Res>> = {};
  for (const [name, w] of Object.entries(grid)) results[name] = Object.fromEntries(cases.map((c) => [c.key, dateRes(c, w)]));
  console.log(loto(results, (a) => a.date));
}
if (mode === 'full') {
  const grid: Record<string, Partial<StoryOptions>> = JSON.parse(process.argv[3]);
  const preds = Object.fromEntries(Object.entries(grid).map(([n, o]) => [n, buildAll(o)]));
  const results = scoreMany(preds);
  writeFileSync(`/tmp/story-score/last-full.json`, JSON.stringify(results));
  console.log(loto(results));
}
void FEATURES;
if (mode === 'miss') {
  const w: Weights = JSON.parse(process.argv[3] ?? '{"relevant":1,"awaited":-0.25}');
  const only = process.argv[4]?.split(',');
  for (const c of cases.filter((c) => !only || only.includes(c.topic))) {
    const fs = features(c);
    const ranked = rankDays(fs, w);
    const pos = new Map(ranked.map((d, i) => [d.day, i]));
    const byDay = new Map(fs.map((f) => [f.day, f.values]));
    const chosen = new Set(ranked.slice(0, c.n).map((d) => d.day));
    const gold = [...c.gold.keys()].sort();
    const missed = gold.filter((d) => !chosen.has(d));
    const wrong = [...chosen].filter((d) => !c.gold.has(d)).sort();
    const fmt = (d: string) => {
      const v = byDay.get(d);
      return v ? `${d} r${pos.get(d)} art${Math.round(Math.expm1(v.articles))} pub${Math.round(Math.expm1(v.published))} nx${Math.round(Math.expm1(v.publishedNext))} lat${Math.round(Math.expm1(v.later))} sp${Math.round(Math.expm1(v.spelled))} aw${Math.round(Math.expm1(v.awaited))}` : `${d} --`;
    };
    console.log(`\n== ${c.key} N=${c.n} K=${c.k} span ${c.start}..${c.end} days-with-features=${fs.length} hit=${gold.length - missed.length}`);
    console.log('  missed: ' + missed.map(fmt).join('\n          '));
    console.log('  wrong:  ' + wrong.map(fmt).join('\n          '));
  }
}
import { dayNumber } from '../../src/lib/story/days';
/** Greedy picking with a penalty for days near those already chosen. */
export function spreadRes(c: Case, weights: Weights, lambda: number, tau: number, anchors = false): Res {
  const has = (features(c), caseHasCandidates.get(c.key)!);
  const ranked = rankDays(features(c), weights).filter((d) => has(d.day));
  const chosen: number[] = [];
  const days: string[] = [];
  if (anchors) for (const d of [c.start, c.end]) if (has(d) && !days.includes(d)) { days.push(d); chosen.push(dayNumber(d)); }
  const pool = ranked.map((r) => ({ ...r, n: dayNumber(r.day) })).filter((r) => !days.includes(r.day));
  while (days.length < c.n && pool.length) {
    let best = 0, bestScore = -Infinity;
    for (let i = 0; i < pool.length; i++) {
      let pen = 0;
      for (const x of chosen) pen += Math.max(0, 1 - Math.abs(pool[i].n - x) / tau);
      const s = pool[i].score - lambda * pen;
      if (s > bestScore) { bestScore = s; best = i; }
    }
    days.push(pool[best].day); chosen.push(pool[best].n); pool.splice(best, 1);
  }
  const hit = days.filter((d) => c.gold.has(d)).length;
  const pr = { precision: days.length ? hit / days.length : 0, recall: hit / c.n };
  return { rouge_1: pr, rouge_2: pr, date: pr };
}
if (mode === 'spread') {
  const w: Weights = JSON.parse(process.argv[3]);
  const results: Record<string, Record<string, Res>> = {};
  for (const lambda of [0, 0.1, 0.2, 0.3, 0.5, 0.8, 1.2]) for (const alpha of [0.25, 0.5, 1, 2]) {
    if (lambda === 0 && alpha !== 0.25) continue;
    results[`l${lambda} a${alpha}`] = Object.fromEntries(cases.map((c) => [c.key, spreadRes(c, w, lambda, Math.max(1.01, (alpha * (dayNumber(c.end) - dayNumber(c.start) + 1)) / c.n), process.argv[4] === 'anchors')]));
  }
  console.log(loto(results, (a) => a.date));
}
if (mode === 'show') {
  const key = process.argv[3];
  const c = cases.find((x) => x.key === key)!;
  const preds = buildAll(JSON.parse(process.argv[4] ?? '{}'), [c])[key];
  for (const e of preds) if (c.gold.has(e.date)) console.log(`\n${e.date}\n  GOLD: ${c.gold.get(e.date)!.join(' | ')}\n  OURS: ${e.sentences.join('\n        ')}`);
}
if (mode === 'dump') {
  const preds = buildAll(JSON.parse(process.argv[3] ?? '{}'));
  writeFileSync('/tmp/story-score/dump.txt', Object.entries(preds).flatMap(([k, tl]) => tl.flatMap((e) => e.sentences.map((s) => `${k}\t${e.date}\t${s}`))).join('\n'));
}
if (mode === 'days') {
  const rows = cases.flatMap((c) => {
    const has = (features(c), caseHasCandidates.get(c.key)!);
    return features(c).filter((f) => has(f.day)).map((f) => ({ key: c.key, topic: c.topic, n: c.n, day: f.day, y: c.gold.has(f.day) ? 1 : 0, ...f.values }));
  });
  writeFileSync('/tmp/story-score/days.json', JSON.stringify(rows));
  console.log(`${rows.length} candidate days`);
}
