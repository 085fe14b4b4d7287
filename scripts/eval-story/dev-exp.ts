// Development only (scratch): summary variants on the cached collections, each scored by
// batch-score.py. EXP='{"name": {...variant}}' tsx scripts/eval-story/dev-exp.ts
import { writeFileSync } from 'node:fs';
import { cases, collections, scoreMany, loto, avg, type Case } from './dev-tune';
import { DEFAULTS } from '../../src/lib/story';
import { DEFAULT_WEIGHTS, rankDates } from '../../src/lib/story/rankDates';
import { indexCandidates } from '../../src/lib/story/candidates';
import { articlesInSpan } from '../../src/lib/story/scope';
import { sentencePrior } from '../../src/lib/story/sentencePrior';
import { sentenceWords } from '../../src/lib/story/sentenceWords';
import { fitsEntry } from '../../src/lib/story/summarise';
import { centroid, dot, inverseFrequency, tfidf, type Vector } from '../../src/lib/story/vectors';

export interface Variant {
  leadPrior?: number; // dated sentence early in its article (position < 3)
  startDate?: number; // sentence opens on its date
  spelled?: number; // names the day with its month
  since?: number; // names a day after "since" (background)
  lenPen?: number; // per content word above target
  target?: number;
  efsel?: boolean; // expected-F selection
  efL?: number;
  efAlpha?: number;
  efStop?: boolean;
  globalRed?: number; // discount words said by other entries
  centShare?: number;
  redundancy?: number;
  maxWords?: number;
  chrono?: number;
  lowBudget?: number; // budget on the lower half of the chosen days
  lowFrom?: number;
  opens?: number; // the tagger's date opens the sentence
  noRepeat?: number; // cosine above which a sentence repeats one another day quoted
  csThr?: number;
  csDf?: number; // share of words in at least this share of the pool's sentences
  budget?: number; // content words a sentence of K may take on average
  floor?: number;
  later?: number; // log1p(days the article came out after the day)
  laterCap?: number;
  efPrior?: number;
  evFg?: number; // the sentence holds a past, foreground event on the day (the happening told as news)
  evBg?: number; // the day is in the sentence only as a background event (taken off)
  evProj?: number; // the day is in the sentence only as a projected event (taken off)
  evNone?: number; // no event of the sentence holds the day (taken off)
}
import { readFileSync } from 'node:fs';
type Ev = { s: number; st: string; bg: boolean; from: string | null; to: string | null; m: string | null };
const evCache = new Map<string, Ev[][]>();
const evOf = (topic: string) => evCache.get(topic) ?? evCache.set(topic, JSON.parse(readFileSync(`/tmp/story-score/events/${topic}.json`, 'utf8')).events).get(topic)!;

const MON = '(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t|tember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\\.?';
const WD = '(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day';
const DATE = `(?:${WD}|${MON} \\d{1,2}(?:st|nd|rd|th)?|\\d{1,2}(?:st|nd|rd|th)? ${MON}|yesterday|today|last night|(?:this|last) (?:morning|week)|earlier today)`;
const OPENS = new RegExp(`^(?:\\W{0,2})(?:(?:On|By|Early|Late|Late on|Early on|Until|Since|As of|Then,? on)\\s+)?(?:(?:the )?(?:morning|evening|night|afternoon) of )?(?:${WD},? )?${DATE}(?:,? \\d{4})?\\b`, 'i');
const SINCE = new RegExp(`\\b(?:since|until|before|ahead of|by)\\s+(?:(?:late|early|mid)[- ])?(?:last )?(?:${WD}|${MON}|\\d{1,2} ${MON})`, 'i');

const CHRONO = new RegExp(`^\\W{0,2}(?:${MON} \\d{1,2}|\\d{1,2} ${MON})(?:,? \\d{4})?\\s*(?:[-–—:]|--)\\s`, 'i');

interface Ctx { c: Case; ranked: { day: string; score: number }[]; cand: ReturnType<typeof indexCandidates>; vectorOf: (s: number) => Vector; priorOf: (s: number, d: string) => number }
const ctxs = new Map<string, Ctx>();
function ctx(c: Case): Ctx {
  if (ctxs.has(c.key)) return ctxs.get(c.key)!;
  const col = collections.get(c.topic)!;
  const span = { start: c.start, end: c.end };
  const articles = articlesInSpan(col, span);
  const ranked = rankDates(col, span, DEFAULT_WEIGHTS);
  const cand = indexCandidates(col, articles, { leadSentences: DEFAULTS.leadSentences });
  const idf = inverseFrequency(articles.flatMap((a) => col.articles[a].sentences.map((s) => sentenceWords(col, s))));
  const vectors = new Map<number, Vector>();
  const vectorOf = (s: number) => vectors.get(s) ?? vectors.set(s, tfidf(sentenceWords(col, s), idf)).get(s)!;
  const priorOf = sentencePrior(col, articles, vectorOf, { ...DEFAULTS, laterWeight: 0, openingWeight: 0 });
  const x = { c, ranked, cand, vectorOf, priorOf };
  ctxs.set(c.key, x);
  return x;
}

function build(c: Case, v: Variant) {
  const { ranked, cand, vectorOf, priorOf } = ctx(c);
  const col = collections.get(c.topic)!;
  const maxWords = v.maxWords ?? DEFAULTS.maxWords;
  const redundancy = v.redundancy ?? DEFAULTS.redundancy;
  const said = new Map<string, number>();
  const quoted: number[] = [];
  const quotedText = new Set<string>();
  const out: { date: string; sentences: string[] }[] = [];
  for (const { day } of ranked) {
    if (out.length >= c.n) break;
    const pool = cand.of(day);
    if (!pool.length) continue;
    const center = centroid(pool.map(vectorOf));
    const df = new Map<string, number>();
    if (v.csDf) for (const s of pool) for (const w of new Set(sentenceWords(col, s))) df.set(w, (df.get(w) ?? 0) + 1);
    const worded = pool.filter((s) => /\p{L}{2}/u.test(col.sentences[s].text));
    const fitting = worded.filter((s) => fitsEntry(col.sentences[s].text, maxWords));
    const use = fitting.length ? fitting : worded;
    const score = (s: number) => {
      const sen = col.sentences[s];
      let x = dot(vectorOf(s), center) + priorOf(s, day);
      if (v.leadPrior && sen.days.includes(day) && sen.position < 3) x += v.leadPrior;
      if (v.startDate && sen.days.includes(day) && OPENS.test(sen.text)) x += v.startDate;
      if (v.spelled && sen.spelled.includes(day)) x += v.spelled;
      if (v.later) {
        const delta = (Date.parse(col.articles[sen.article].published) - Date.parse(day)) / 864e5;
        x += v.later * Math.log1p(Math.min(Math.max(delta, 0), v.laterCap ?? 1e9));
      }
      if (v.opens && sen.opens?.includes(day)) x += v.opens;
      if ((v.evFg || v.evBg || v.evProj || v.evNone) && sen.days.includes(day)) {
        const es = (evOf(c.topic)[sen.article] ?? []).filter((e) => e.s >= sen.start && e.s < sen.end && e.from !== null && e.from <= day && day <= e.to!);
        const fg = es.filter((e) => !e.bg);
        if (v.evFg && fg.some((e) => e.st === 'past' && e.m !== 'did-not-happen')) x += v.evFg;
        if (v.evBg && es.length && !fg.length) x -= v.evBg;
        if (v.evProj && es.length && es.every((e) => e.st === 'projected')) x -= v.evProj;
        if (v.evNone && !es.length) x -= v.evNone;
      }
      if (v.chrono && sen.days.includes(day) && CHRONO.test(sen.text)) x += v.chrono;
      if (v.since && sen.days.includes(day) && SINCE.test(sen.text)) x -= v.since;
      if (v.lenPen) x -= v.lenPen * Math.max(0, sentenceWords(col, s).length - (v.target ?? 12)) / 10;
      if (v.centShare) {
        const ws = sentenceWords(col, s);
        const vec = vectorOf(s);
        let inC = 0;
        for (const w of new Set(ws)) if (v.csDf ? (df.get(w) ?? 0) >= v.csDf * pool.length : (center.get(w) ?? 0) > (v.csThr ?? 0.05)) inC++;
        x += v.centShare * (inC / Math.max(1, new Set(ws).size));
        void vec;
      }
      if (v.globalRed) {
        const ws = [...new Set(sentenceWords(col, s))];
        let sum = 0;
        for (const w of ws) sum += Math.min(1, said.get(w) ?? 0);
        x -= v.globalRed * (sum / Math.max(1, ws.length));
      }
      return x;
    };
    if (v.efsel) {
      const texts = new Map<string, number>();
      for (const s of use) if (!texts.has(col.sentences[s].text.toLowerCase())) texts.set(col.sentences[s].text.toLowerCase(), s);
      const uniq = [...texts.values()];
      const q = new Map<string, number>();
      for (const s of pool) for (const w of new Set(sentenceWords(col, s))) q.set(w, (q.get(w) ?? 0) + 1 / pool.length);
      const alpha = v.efAlpha ?? 1;
      const L = (v.efL ?? 12) * c.k;
      const taken: number[] = [];
      const covered = new Set<string>();
      let len = 0, hits = 0, cur = 0;
      while (taken.length < c.k) {
        let best = -1, bestF = -Infinity, bestH = 0, bestLen = 0;
        for (const s of uniq) {
          if (taken.includes(s)) continue;
          if (taken.some((t) => dot(vectorOf(t), vectorOf(s)) > redundancy)) continue;
          const ws = sentenceWords(col, s);
          let h = hits;
          const seenW = new Set<string>();
          for (const w of ws) if (!covered.has(w) && !seenW.has(w)) { seenW.add(w); h += Math.min(1, alpha * (q.get(w) ?? 0)); }
          const f = (2 * h) / (len + ws.length + L) + (v.efPrior ?? 0) * score(s);
          if (f > bestF) { bestF = f; best = s; bestH = h; bestLen = ws.length; }
        }
        if (best < 0) break;
        if (v.efStop && taken.length > 0 && bestF <= cur) break;
        taken.push(best); hits = bestH; len += bestLen; cur = bestF;
        for (const w of sentenceWords(col, best)) covered.add(w);
      }
      if (!taken.length) continue;
      out.push({ date: day, sentences: taken.map((s) => col.sentences[s].text) });
      continue;
    }
    const rankedS = use.map((s) => ({ s, x: score(s) })).sort((a, b) => b.x - a.x || a.s - b.s);
    const taken: number[] = [];
    const seen = new Set<string>();
    for (const { s } of rankedS) {
      if (taken.length >= c.k) break;
      const key = col.sentences[s].text.toLowerCase();
      if (seen.has(key)) continue;
      if (taken.some((t) => dot(vectorOf(t), vectorOf(s)) > redundancy)) continue;
      if (v.noRepeat && (quotedText.has(key) || (v.noRepeat < 1 && quoted.some((t) => dot(vectorOf(t), vectorOf(s)) > v.noRepeat!)))) continue;
      if (v.budget && taken.length > 0) {
        const used = taken.reduce((n, t) => n + sentenceWords(col, t).length, 0);
        const b = v.lowBudget && out.length >= (v.lowFrom ?? 0.5) * c.n ? v.lowBudget : v.budget;
        if (used + sentenceWords(col, s).length > b * c.k) continue;
        if (v.floor !== undefined && rankedS[0].x - score(s) > v.floor) continue;
      }
      seen.add(key);
      taken.push(s);
    }
    if (!taken.length) continue;
    for (const s of taken) { quoted.push(s); quotedText.add(col.sentences[s].text.toLowerCase()); }
    for (const s of taken) for (const w of new Set(sentenceWords(col, s))) said.set(w, (said.get(w) ?? 0) + 1);
    out.push({ date: day, sentences: taken.map((s) => col.sentences[s].text) });
  }
  return out.sort((a, b) => (a.date < b.date ? -1 : 1));
}

if (!process.env.DUMP) main();
function main() {
const grid: Record<string, Variant> = JSON.parse(process.env.EXP ?? '{"default":{}}');
const preds = Object.fromEntries(Object.entries(grid).map(([n, v]) => [n, Object.fromEntries(cases.map((c) => [c.key, build(c, v)]))]));
const results = scoreMany(preds);
writeFileSync(process.env.OUT ?? '/tmp/story8/last-exp.json', JSON.stringify(results));
console.log(loto(results));
for (const [n, r] of Object.entries(results)) {
  const rows = Object.values(r);
  const mp = (k: 'rouge_1', x: 'precision' | 'recall') => rows.reduce((s, q) => s + q[k][x], 0) / rows.length;
  console.log(`  ${n.padEnd(24)} AR1 ${avg(rows).rouge_1.toFixed(4)} P ${mp('rouge_1', 'precision').toFixed(4)} R ${mp('rouge_1', 'recall').toFixed(4)} AR2 ${avg(rows).rouge_2.toFixed(4)} D ${avg(rows).date.toFixed(4)}`);
}

}

// ---- DUMP=1: every fitting candidate of every gold day, with its features (dev-sentfit.py reads it)
if (process.env.DUMP) {
  const rows: unknown[] = [];
  for (const c of cases) {
    const { cand, vectorOf } = ctx(c);
    const col = collections.get(c.topic)!;
    const span = { start: c.start, end: c.end };
    const articles = articlesInSpan(col, span);
    const parts = {
      rel: sentencePrior(col, articles, vectorOf, { relevanceWeight: 1, storyWeight: 0, otherDaysPenalty: 0 }),
      story: sentencePrior(col, articles, vectorOf, { relevanceWeight: 0, storyWeight: 1, otherDaysPenalty: 0 }),
    };
    const chosen = new Set(ctx(c).ranked.slice(0, c.n).map((d) => d.day));
    for (const day of c.gold.keys()) {
      const pool = cand.of(day);
      if (!pool.length) continue;
      const center = centroid(pool.map(vectorOf));
      const use = pool.filter((s) => /\p{L}{2}/u.test(col.sentences[s].text) && fitsEntry(col.sentences[s].text, 40));
      const copies = new Map<string, number>();
      for (const s of pool) copies.set(col.sentences[s].text.toLowerCase(), (copies.get(col.sentences[s].text.toLowerCase()) ?? 0) + 1);
      const seen = new Set<string>();
      for (const s of use) {
        const sen = col.sentences[s];
        const key = sen.text.toLowerCase();
        if (seen.has(key)) continue;
        seen.add(key);
        const ws = sentenceWords(col, s);
        let inC = 0;
        for (const w of new Set(ws)) if ((center.get(w) ?? 0) > 0.05) inC++;
        const pub = col.articles[sen.article].published;
        rows.push({
          key: c.key, topic: c.topic, day, chosen: chosen.has(day), s, text: sen.text,
          cos: dot(vectorOf(s), center), rel: parts.rel(s, day), story: parts.story(s, day),
          other: sen.days.some((d) => d !== day) ? 1 : 0, awaited: pub < day ? 1 : 0, named: sen.days.includes(day) ? 1 : 0,
          spelled: sen.spelled.includes(day) ? 1 : 0, opens: sen.days.includes(day) && OPENS.test(sen.text) ? 1 : 0,
          chrono: sen.days.includes(day) && CHRONO.test(sen.text) ? 1 : 0, since: sen.days.includes(day) && SINCE.test(sen.text) ? 1 : 0,
          pos: sen.position, nw: ws.length, copies: copies.get(key), share: inC / Math.max(1, new Set(ws).size),
          delta: (Date.parse(pub) - Date.parse(day)) / 864e5, ndays: sen.days.length,
        });
      }
    }
  }
  writeFileSync('/tmp/story8/cands.json', JSON.stringify(rows));
  console.log(`${rows.length} candidates`);
}
