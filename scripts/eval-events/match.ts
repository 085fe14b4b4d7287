// Which gold event each system event stands for, and what is wrong with the rest. A system
// event is right when its source span is the gold event's sentence (sameSentence) and its days overlap
// the gold days (undated with undated); where one sentence holds several gold events, the one
// whose date words the system's date words share wins. Each gold event is matched at most
// once: a second system event for it is a duplicate. Knows nothing of labels or of printing.
import type { GoldArticle, GoldEvent, NotEventReason, Span } from './gold';

/** The part of a pipeline event the scorer reads (TimelineEvent has these fields). */
export interface SystemEvent {
  label: string;
  status: string;
  when: { start: string | null; end: string | null; text: string | null };
  source: Span;
}

export type Wrong =
  | { kind: 'duplicate'; gold: number }
  | { kind: 'non-event'; reason: NotEventReason; notEvent: number }
  /** In a sentence that carries a gold event, on days no gold event of that sentence has. */
  | { kind: 'wrong-date'; gold: number; direction: boolean }
  /** In a sentence that carries no gold event (undated: no gold expectation), and no non-event phrase. */
  | { kind: 'spurious' };

export type Verdict = { kind: 'right'; gold: number } | Wrong;

export interface ArticleMatch {
  verdicts: Verdict[];
  /** For each gold event, the system event matched to it, or -1. */
  goldTo: number[];
}

export const overlaps = (a: Span, b: Span) => a.start < b.end && b.start < a.end;

/** The system's source and a gold sentence are the same sentence when they share at least half
 *  of the shorter and a quarter of the source: splitters differ at the edges and may join two
 *  or three sentences, but a source spanning a whole paragraph must not claim every sentence. */
export function sameSentence(source: Span, sentence: Span): boolean {
  const shared = Math.min(source.end, sentence.end) - Math.max(source.start, sentence.start);
  const sourceLength = source.end - source.start;
  return shared > 0 && shared >= Math.min(sourceLength, sentence.end - sentence.start) / 2 && shared >= sourceLength / 4;
}

const rangesOverlap = (s: SystemEvent, g: GoldEvent) =>
  s.when.start !== null && g.start !== null && s.when.start <= g.end! && g.start <= s.when.end!;

const STOP = new Set(['in', 'on', 'at', 'the', 'of', 'a', 'an', 'by', 'from', 'to', 'since', 'until', 'through', 'during', 'as', 'late', 'early', 'and']);

function words(s: string): string[] {
  return s.toLowerCase().replace(/[’‘]/g, "'").replace(/'s\b/g, '').split(/[^\p{L}\p{N}]+/u).filter((w) => w && !STOP.has(w));
}

/** Words that say which way or how far, not which date: shared alone they prove nothing. */
const RELATIVE = new Set(['last', 'next', 'this', 'that', 'year', 'years', 'month', 'months', 'week', 'weeks', 'day', 'days', 'ago', 'earlier', 'later', 'previous', 'coming', 'past', 'same', 'period']);

/** Do the system's date words and these annotated words name the same date? One holds the
 *  other ("Tuesday" in "on Tuesday"), or they share a word that names a date (a weekday, a
 *  month, a number) rather than only a direction ("last week" and "last year" do not). */
export function sameDateWords(system: string | null, gold: string | null): boolean {
  if (!system || !gold) return false;
  const a = words(system);
  const b = words(gold);
  if (!a.length || !b.length) return false;
  const [x, y] = [a.join(' '), b.join(' ')];
  if (` ${x} `.includes(` ${y} `) || ` ${y} `.includes(` ${x} `)) return true;
  const g = new Set(b.filter((w) => !RELATIVE.has(w)));
  return a.some((w) => g.has(w));
}

const triggerInLabel = (s: SystemEvent, g: GoldEvent) => {
  const stem = g.trigger.toLowerCase().split(/\s+/)[0].slice(0, 4);
  return stem.length >= 3 && s.label.toLowerCase().includes(stem);
};

/** The non-event phrase this system event was drawn from, if any. */
function notEventOf(a: GoldArticle, s: SystemEvent, exclude: GoldEvent[]): number {
  return a.notEvents.findIndex((n) => {
    if (!overlaps(n.span, s.source)) return false;
    const covered = Math.min(n.span.end, s.source.end) - Math.max(n.span.start, s.source.start);
    if (covered >= (s.source.end - s.source.start) / 2) return true;
    return sameDateWords(s.when.text, n.words) && !exclude.some((g) => sameDateWords(s.when.text, g.dateWords));
  });
}

export function matchArticle(a: GoldArticle, system: SystemEvent[]): ArticleMatch {
  const pairs: { s: number; g: number; score: number }[] = [];
  system.forEach((s, si) => {
    const inSentence = a.events.filter((g) => sameSentence(s.source, g.sentence));
    if (notEventOf(a, s, inSentence) >= 0) return;
    a.events.forEach((g, gi) => {
      if (!sameSentence(s.source, g.sentence)) return;
      const dated = s.when.start !== null;
      if (dated !== (g.start !== null) || (dated && !rangesOverlap(s, g))) return;
      const exact = s.when.start === g.start && s.when.end === g.end;
      pairs.push({ s: si, g: gi, score: 4 * +sameDateWords(s.when.text, g.dateWords) + 2 * +exact + +triggerInLabel(s, g) });
    });
  });
  pairs.sort((x, y) => y.score - x.score || x.s - y.s || x.g - y.g);
  const verdicts: (Verdict | null)[] = system.map(() => null);
  const goldTo = a.events.map(() => -1);
  for (const p of pairs) {
    if (verdicts[p.s] || goldTo[p.g] >= 0) continue;
    verdicts[p.s] = { kind: 'right', gold: p.g };
    goldTo[p.g] = p.s;
  }
  return { verdicts: system.map((s, si) => verdicts[si] ?? wrongOf(a, s, pairs.find((p) => p.s === si)?.g)), goldTo };
}

function wrongOf(a: GoldArticle, s: SystemEvent, taken: number | undefined): Wrong {
  if (taken !== undefined) return { kind: 'duplicate', gold: taken };
  const inSentence = a.events.map((g, gi) => ({ g, gi })).filter(({ g }) => sameSentence(s.source, g.sentence));
  const n = notEventOf(a, s, inSentence.map(({ g }) => g));
  if (n >= 0) return { kind: 'non-event', reason: a.notEvents[n].reason, notEvent: n };
  if (inSentence.length === 0 || s.when.start === null) return { kind: 'spurious' };
  const near = inSentence.find(({ g }) => sameDateWords(s.when.text, g.dateWords)) ?? inSentence[0];
  return { kind: 'wrong-date', gold: near.gi, direction: otherSide(s, near.g, a.published) };
}

/** Drawn on the other side of the publication day from the gold: past as future or back. */
function otherSide(s: SystemEvent, g: GoldEvent, published: string): boolean {
  if (s.when.start === null || g.start === null) return false;
  const sysAfter = s.when.start > published;
  const sysBefore = s.when.end! < published;
  return (sysAfter && g.end! < published) || (sysBefore && g.start > published);
}
