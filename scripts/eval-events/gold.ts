// The events gold: one JSON file per article (format in README.md), read and checked here so a
// typo in an offset fails loudly instead of scoring silently wrong. Knows nothing of the
// pipeline or of how events are matched.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

export interface Span {
  start: number;
  end: number;
}

export interface GoldEvent {
  /** The sentence that carries the event: offsets into `text`. */
  sentence: Span;
  /** The verb or event noun that carries it, as written (must occur in the sentence). */
  trigger: string;
  /** The date words, as written, or null for an undated expectation. */
  dateWords: string | null;
  /** Inclusive first and last day, both null when undated. */
  start: string | null;
  end: string | null;
  status: 'past' | 'projected';
  modality?: string;
  /** What a reporter would write: who does what, sentence case, no date words. */
  label: string;
}

export type NotEventReason =
  | 'stamp' | 'byline' | 'rail' | 'embed' | 'dateline' | 'caption'
  | 'name' | 'number' | 'clock' | 'comparison' | 'generic' | 'duration';

export const NOT_EVENT_REASONS: readonly NotEventReason[] = [
  'stamp', 'byline', 'rail', 'embed', 'dateline', 'caption', 'name', 'number', 'clock', 'comparison', 'generic', 'duration',
];

export interface NotEvent {
  span: Span;
  /** The phrase, as written: `text.slice(span.start, span.end)`. */
  words: string;
  reason: NotEventReason;
}

export interface GoldArticle {
  id: string;
  title: string | null;
  source: { outlet: string; url: string | null; file: string; license: string };
  topic: string;
  /** `YYYY-MM-DD`: the reference day for every relative date. */
  published: string;
  /** The stamp the pipeline is given when the page states a time (`YYYY-MM-DDTHH:MM[:SS]`). */
  publishedAt?: string;
  /** Why the reference day or the text is what it is, where a reader would ask. */
  note?: string;
  text: string;
  events: GoldEvent[];
  notEvents: NotEvent[];
}

const DAY = /^\d{4}-\d{2}-\d{2}$/;

/** Every reason the article's gold cannot be trusted; empty when it is consistent. */
export function goldProblems(a: GoldArticle): string[] {
  const out: string[] = [];
  const within = (s: Span) => Number.isInteger(s.start) && Number.isInteger(s.end) && s.start >= 0 && s.start < s.end && s.end <= a.text.length;
  if (!DAY.test(a.published)) out.push(`published ${a.published} is not YYYY-MM-DD`);
  a.events.forEach((e, i) => {
    const at = `event ${i} (${e.label})`;
    if (!within(e.sentence)) return out.push(`${at}: sentence span out of the text`);
    const sentence = a.text.slice(e.sentence.start, e.sentence.end);
    if (!sentence.includes(e.trigger)) out.push(`${at}: trigger "${e.trigger}" not in its sentence`);
    if (e.dateWords !== null && !sentence.includes(e.dateWords)) out.push(`${at}: date words "${e.dateWords}" not in its sentence`);
    if ((e.start === null) !== (e.end === null) || (e.start === null) !== (e.dateWords === null)) out.push(`${at}: dated by halves`);
    if (e.start !== null && (!DAY.test(e.start) || !DAY.test(e.end!) || e.start > e.end!)) out.push(`${at}: bad range ${e.start}..${e.end}`);
    if (e.status !== 'past' && e.status !== 'projected') out.push(`${at}: bad status ${e.status}`);
    if (!e.label || e.label[0] !== e.label[0].toUpperCase()) out.push(`${at}: label not in sentence case`);
  });
  a.notEvents.forEach((n, i) => {
    if (!within(n.span) || a.text.slice(n.span.start, n.span.end) !== n.words) out.push(`notEvent ${i}: span does not hold "${n.words}"`);
    if (!NOT_EVENT_REASONS.includes(n.reason)) out.push(`notEvent ${i}: unknown reason ${n.reason}`);
  });
  return out;
}

/** The gold articles of DIR (every *.json), sorted by file name; throws on inconsistent gold. */
export function readGoldDir(dir: string): GoldArticle[] {
  const files = readdirSync(dir).filter((f) => f.endsWith('.json')).sort();
  return files.map((f) => {
    const a = JSON.parse(readFileSync(join(dir, f), 'utf8')) as GoldArticle;
    const problems = goldProblems(a);
    if (problems.length) throw new Error(`${f}: ${problems.join('; ')}`);
    return a;
  });
}
