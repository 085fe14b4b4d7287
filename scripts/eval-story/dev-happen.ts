// Development only: day features from the single-article events (dev-events.ts's cache of whole
// articles, dev-sentevents.ts's of dated sentences alone) beside the mention features, scored for
// Date-F1 by leave-one-topic-out (dev-tune.ts's helpers): articles whose events put a past
// happening on the day, projected ones, distinct happenings (past events of several articles
// merged when their labels share words), background-only days. None gained (README, session 13).
//   tsx scripts/eval-story/dev-happen.ts '{"name": {Weights incl. event features}, ...}'
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { cases, collections, features, caseHasCandidates, loto, type Case, type Res } from './dev-tune';
import { rankDays, type Weights } from '../../src/lib/story/rankDates';
import { articleRelevance } from '../../src/lib/story/relevance';
import { articlesInSpan } from '../../src/lib/story/scope';
import { sentenceWords } from '../../src/lib/story/sentenceWords';

interface Ev { s: number; e: number; st: string; m: string | null; bg: boolean; from: string | null; to: string | null; g: string | null; tx: string | null; label: string }
const EVENTS = process.env.EVENTS ?? '/tmp/story-score/events';
const evs = new Map<string, Ev[][]>();
for (const t of collections.keys()) evs.set(t, JSON.parse(readFileSync(join(EVENTS, `${t}.json`), 'utf8')).events);

const sevs = new Map<string, Record<number, { d: string[]; st: string[] }>>();
if (existsSync('/tmp/story-score/sentevents')) for (const t of collections.keys()) sevs.set(t, JSON.parse(readFileSync(join('/tmp/story-score/sentevents', `${t}.json`), 'utf8')));
const log = Math.log1p;
const words = (s: string) => [...new Set(s.toLowerCase().match(/\p{L}{3,}/gu) ?? [])];
const jac = (a: string[], b: string[]) => { const B = new Set(b); const i = a.filter((w) => B.has(w)).length; return i / Math.max(1, a.length + b.length - i); };

export function extra(c: Case): Map<string, Record<string, number>> {
  const col = collections.get(c.topic)!;
  const arts = articlesInSpan(col, { start: c.start, end: c.end });
  const rel = articleRelevance(col, arts);
  const E = evs.get(c.topic)!;
  type T = { past: Map<number, number>; proj: Map<number, number>; pastFg: Map<number, number>; anyEv: Map<number, number>; laterPast: Map<number, number>; bg: Map<number, number>; modal: Map<number, number>; labels: { w: string[]; a: number; any?: boolean }[] };
  const days = new Map<string, T>();
  const get = (d: string) => days.get(d) ?? days.set(d, { past: new Map(), proj: new Map(), pastFg: new Map(), anyEv: new Map(), laterPast: new Map(), bg: new Map(), modal: new Map(), labels: [] }).get(d)!;
  for (const a of arts) {
    const art = col.articles[a];
    const r = rel.get(a) ?? 0;
    const sents = art.sentences.map((i) => col.sentences[i]);
    for (const ev of E[a] ?? []) {
      if (!ev.from || ev.from !== ev.to) continue;
      if (!sents.some((s) => ev.s >= s.start && ev.s < s.end)) continue;
      if (ev.from < c.start || ev.from > c.end) continue;
      const t = get(ev.from);
      const neg = ev.m === 'did-not-happen';
      t.anyEv.set(a, r);
      if (ev.st === 'past' && !neg) {
        t.past.set(a, r);
        if (!ev.bg) t.pastFg.set(a, r);
        if (art.published > ev.from) t.laterPast.set(a, r);
        t.labels.push({ w: words(ev.label), a });
      } else t.labels.push({ w: words(ev.label), a, any: true });
      if (ev.st === 'projected') t.proj.set(a, r);
      if (ev.bg) t.bg.set(a, r);
      if (ev.m && ev.m !== 'asserted') t.modal.set(a, r);
    }
  }
  const S = sevs.get(c.topic);
  if (S) for (const a of arts) for (const i of col.articles[a].sentences) for (const d of S[i]?.d ?? []) {
    const t = get(d); (t as any).sev ??= new Map(); (t as any).sev.set(a, rel.get(a) ?? 0);
  }
  const CLOCK = /\b\d{1,2}[:.]\d\d\s*(?:[ap]\.?m|GMT|BST|ET|EST|EDT)/i;
  for (const a of arts) for (const i of col.articles[a].sentences) {
    const s = col.sentences[i];
    const clean = !CLOCK.test(s.text) && s.text.length >= 60;
    const noclock = !CLOCK.test(s.text);
    for (const d of s.days) {
      const t = get(d) as any;
      if (clean) (t.clean ??= new Map()).set(a, rel.get(a) ?? 0);
      if (noclock) (t.noclock ??= new Map()).set(a, rel.get(a) ?? 0);
      if (S && !(S[i]?.d ?? []).includes(d)) (t.unheld ??= new Map()).set(a, rel.get(a) ?? 0);
    }
  }
  const out = new Map<string, Record<string, number>>();
  const sum = (m: Map<number, number>) => [...m.values()].reduce((x, y) => x + y, 0);
  for (const [d, t] of days) {
    // distinct happenings: greedy clusters of past events whose labels share words
    const clusters: { w: string[]; arts: Set<number> }[] = [];
    for (const l of t.labels) {
      const hit = clusters.find((k) => jac(k.w, l.w) >= 0.25);
      if (hit) hit.arts.add(l.a); else clusters.push({ w: l.w, arts: new Set([l.a]) });
    }
    const multi = clusters.filter((k) => k.arts.size >= 2).length;
    const relOf = (k: { arts: Set<number> }) => [...k.arts].reduce((x, a) => x + (rel.get(a) ?? 0), 0);
    const top = clusters.reduce((b, k) => Math.max(b, relOf(k)), 0);
    // every event (past or not), clustered
    const all: { w: string[]; arts: Set<number> }[] = [];
    for (const l of t.labels) {
      const hit = all.find((k) => jac(k.w, l.w) >= 0.25);
      if (hit) hit.arts.add(l.a); else all.push({ w: l.w, arts: new Set([l.a]) });
    }
    const topAll = all.reduce((b, k) => Math.max(b, relOf(k)), 0);
    out.set(d, {
      pastRel: log(10 * sum(t.past)), pastArt: log(t.past.size), pastFgRel: log(10 * sum(t.pastFg)),
      projRel: log(10 * sum(t.proj)), projArt: log(t.proj.size), evRel: log(10 * sum(t.anyEv)),
      laterPastRel: log(10 * sum(t.laterPast)),
      happen: log(clusters.length), happenMulti: log(multi),
      evSRel: log(10 * sum((t as any).sev ?? new Map())),
      cleanRel: log(10 * sum((t as any).clean ?? new Map())), noclockRel: log(10 * sum((t as any).noclock ?? new Map())), unheldRel: log(10 * sum((t as any).unheld ?? new Map())),
      projNoPast: t.proj.size > 0 && t.past.size === 0 ? 1 : 0, projNoLater: t.proj.size > 0 && t.laterPast.size === 0 ? 1 : 0,
      topHappen: log(10 * top), topAll: log(10 * topAll),
      bgRel: log(10 * sum(t.bg)), modalRel: log(10 * sum(t.modal)),
      projOnly: log(10 * Math.max(0, sum(t.proj) - sum(t.past))),
    });
  }
  return out;
}

const zero = { pastRel: 0, pastArt: 0, pastFgRel: 0, projRel: 0, projArt: 0, evRel: 0, laterPastRel: 0, happen: 0, happenMulti: 0, projOnly: 0, bgRel: 0, modalRel: 0, evSRel: 0, cleanRel: 0, noclockRel: 0, unheldRel: 0, topHappen: 0, topAll: 0, projNoPast: 0, projNoLater: 0 };
const aug = new Set<string>();
export function augment(c: Case) {
  const fs = features(c);
  if (aug.has(c.key)) return fs;
  const x = extra(c);
  for (const f of fs) Object.assign(f.values, zero, x.get(f.day) ?? {});
  aug.add(c.key);
  return fs;
}
export function dateRes(c: Case, weights: Weights): Res {
  const fs = augment(c);
  const has = caseHasCandidates.get(c.key)!;
  const days = rankDays(fs, weights).filter((d) => has(d.day)).slice(0, c.n).map((d) => d.day);
  const hit = days.filter((d) => c.gold.has(d)).length;
  const pr = { precision: days.length ? hit / days.length : 0, recall: hit / c.n };
  return { rouge_1: pr, rouge_2: pr, date: pr };
}
void sentenceWords;
if (process.argv[2]) {
  const grid: Record<string, Weights> = JSON.parse(process.argv[2]);
  const results: Record<string, Record<string, Res>> = {};
  for (const [name, w] of Object.entries(grid)) results[name] = Object.fromEntries(cases.map((c) => [c.key, dateRes(c, w)]));
  console.log(loto(results, (a) => a.date));
}
