// readDocument: turns untrusted JSON (an opened file, a URL fragment, a saved record) into a
// NewslineDocument, or throws one readable sentence naming the first problem found.
// It returns a fresh copy holding only the fields of the v1 shape, so nothing foreign rides
// along into the app. This module must not know where the value came from or how it is drawn.
import {
  DOCUMENT_VERSION,
  type ArticleMeta,
  type EventWhen,
  type Granularity,
  type Modality,
  type NewslineDocument,
  type Presentation,
  type SourceSpan,
  type StoryArticleSpan,
  type Timex,
  type TimexType,
  type TimelineEvent,
} from './document';
import { describeValue } from './describe-value';
import { isPublishedFrom } from './ingest/types';
import { parsePublished } from './temporal/reference';

/** The error readDocument throws; `message` is a sentence fit to show the user as is. */
export class DocumentError extends Error {
  override name = 'DocumentError';
}

const TIMEX_TYPES: readonly TimexType[] = ['DATE', 'TIME', 'DURATION', 'SET'];
const STATUSES = ['past', 'projected'] as const;
const MODALITIES: readonly Modality[] = ['asserted', 'planned', 'expected', 'possible', 'conditional', 'did-not-happen'];
const GRANULARITIES: readonly Granularity[] = [
  'day', 'week', 'weekend', 'month', 'season', 'quarter', 'half', 'year', 'decade', 'century',
];
const DAY = /^\d{4}-\d{2}-\d{2}$/;

type Obj = Record<string, unknown>;

const fail = (sentence: string): never => {
  throw new DocumentError(sentence);
};

const isObject = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);

const describe = describeValue;

/** True for a real calendar day written `YYYY-MM-DD`. */
export function isDay(v: unknown): v is string {
  return typeof v === 'string' && DAY.test(v) && parsePublished(v) !== null;
}

export function readDocument(value: unknown): NewslineDocument {
  if (!isObject(value)) fail(`This is not a Newsline document: expected an object, found ${describe(value)}.`);
  const v = value as Obj;
  if (!('version' in v)) {
    const hint = Array.isArray(v.events) && isObject(v.events[0]) && 'start_date' in v.events[0]
      ? ' It looks like a TimelineJS file; import it as TimelineJS instead.'
      : '';
    fail(`This is not a Newsline document: it has no version number.${hint}`);
  }
  if (v.version !== DOCUMENT_VERSION) {
    fail(`This is a Newsline document of version ${describe(v.version)}; this app reads version ${DOCUMENT_VERSION}.`);
  }
  if (typeof v.text !== 'string') fail(`The document's text must be a string, found ${describe(v.text)}.`);
  const text = v.text as string;
  const article = readArticle(v.article);
  if (!Array.isArray(v.timexes)) fail(`The document's timexes must be a list, found ${describe(v.timexes)}.`);
  if (!Array.isArray(v.events)) fail(`The document's events must be a list, found ${describe(v.events)}.`);
  const timexes = (v.timexes as unknown[]).map((t, i) => readTimex(t, i + 1, text.length));
  const events = (v.events as unknown[]).map((e, i) => readEvent(e, i + 1, text.length));
  const seen = new Set<string>();
  events.forEach((e, i) => {
    if (seen.has(e.id)) fail(`Event ${i + 1} has the id "${e.id}", which an earlier event already uses.`);
    seen.add(e.id);
  });
  const presentation = readPresentation(v.presentation);
  const articles = readStoryArticles(v.articles, text.length);
  return {
    version: DOCUMENT_VERSION, article, text, timexes, events,
    ...(articles ? { articles } : {}),
    ...(presentation ? { presentation } : {}),
  };
}

/**
 * A story document's articles, forgiving: they say which article a sentence came from, but the
 * events draw without them, so a damaged article (no id, a bad date, a range outside the text or
 * overlapping the one before, an id already used) is dropped and the document still opens.
 * Nothing usable (or no list at all): undefined, and the document reads as a single article.
 */
export function readStoryArticles(v: unknown, textLength: number): StoryArticleSpan[] | undefined {
  if (!Array.isArray(v)) return undefined;
  const out: StoryArticleSpan[] = [];
  const ids = new Set<string>();
  for (const item of v) {
    const article = storyArticleOrNull(item, textLength);
    if (!article || ids.has(article.id)) continue;
    if (out.length && article.start < out[out.length - 1].end) continue;
    ids.add(article.id);
    out.push(article);
  }
  return out.length ? out : undefined;
}

function storyArticleOrNull(v: unknown, textLength: number): StoryArticleSpan | null {
  if (!isObject(v) || typeof v.id !== 'string' || v.id === '') return null;
  const span = spanOrNull(v, textLength);
  if (!span) return null;
  try {
    return { id: v.id, ...readArticle(v), ...span };
  } catch (e) {
    if (e instanceof DocumentError) return null;
    throw e;
  }
}

/** A span within the text, or null: the forgiving twin of readSpan, for the optional fields. */
function spanOrNull(v: unknown, textLength: number): SourceSpan | null {
  if (!isObject(v)) return null;
  const { start, end } = v;
  if (!Number.isInteger(start) || !Number.isInteger(end)) return null;
  const [s, e] = [start as number, end as number];
  return s >= 0 && s <= e && e <= textLength ? { start: s, end: e } : null;
}

/**
 * An event's other sentences (a story's), forgiving like the articles: each is a pointer for the
 * reader to follow, so a bad one is dropped rather than the timeline refused. They need not lie in
 * any article: a story edited by hand may keep a sentence whose article was removed.
 */
function readSources(v: unknown, textLength: number): SourceSpan[] | undefined {
  if (!Array.isArray(v)) return undefined;
  const spans = v.map((s) => spanOrNull(s, textLength)).filter((s): s is SourceSpan => s !== null);
  return spans.length ? spans : undefined;
}

const DATE_STYLES = ['ap', 'uk', 'iso'] as const;
const THEMES = ['auto', 'light', 'dark'] as const;
const TEXT_LIMITS = { headline: 300, dek: 400, credit: 300 } as const;

/**
 * The presentation settings, forgiving: they are a desk's taste, not the timeline, so a value
 * this version does not know is dropped (the default applies) rather than refusing the document.
 * Texts are trimmed and bounded; anything but a string is dropped.
 */
export function readPresentation(v: unknown): Presentation | undefined {
  if (!isObject(v)) return undefined;
  const p = v as Obj;
  const out: Presentation = {};
  if (DATE_STYLES.includes(p.dateStyle as (typeof DATE_STYLES)[number])) out.dateStyle = p.dateStyle as Presentation['dateStyle'];
  if (THEMES.includes(p.theme as (typeof THEMES)[number])) out.theme = p.theme as Presentation['theme'];
  for (const key of ['headline', 'dek', 'credit'] as const) {
    const text = typeof p[key] === 'string' ? bounded(p[key] as string, TEXT_LIMITS[key]) : '';
    if (text) out[key] = text;
  }
  return Object.keys(out).length ? out : undefined;
}

/** One line of at most `max` characters: no white space left at a cut, no half of a surrogate
 *  pair (the fuzz script found a headline cut to end in a space). */
function bounded(text: string, max: number): string {
  let one = text.replace(/\s+/g, ' ').trim();
  if (one.length > max) one = one.slice(0, /[\ud800-\udbff]/.test(one[max - 1]) ? max - 1 : max).trimEnd();
  return one;
}

function nullableString(v: unknown, what: string): string | null {
  if (v === null || v === undefined) return null;
  if (typeof v !== 'string') fail(`${what} must be text or null, found ${describe(v)}.`);
  return v as string;
}

export function readArticle(v: unknown): ArticleMeta {
  if (!isObject(v)) fail(`The document's article must be an object, found ${describe(v)}.`);
  const a = v as Obj;
  if (typeof a.published !== 'string' || parsePublished(a.published) === null) {
    fail(`The article's publication date must be a real date written YYYY-MM-DD, found ${describe(a.published)}.`);
  }
  // Where the date came from is a note for the editor, not something to refuse a timeline
  // over: a value this version does not know is left out (and the reader's embed, which never
  // shows it, carries no list of them).
  const from = a.publishedFrom;
  return {
    title: nullableString(a.title, "The article's title"),
    published: a.published as string,
    ...(isPublishedFrom(from) ? { publishedFrom: from } : {}),
    url: nullableString(a.url, "The article's URL"),
    publisher: nullableString(a.publisher, "The article's publisher"),
  };
}

function readSpan(v: Obj, what: string, textLength: number): { start: number; end: number } {
  const { start, end } = v;
  if (!Number.isInteger(start) || !Number.isInteger(end)) {
    fail(`${what} must have whole-number start and end offsets.`);
  }
  const [s, e] = [start as number, end as number];
  if (s < 0 || e > textLength) fail(`${what} points outside the text (offsets ${s}–${e}, text length ${textLength}).`);
  if (s > e) fail(`${what} ends (offset ${e}) before it starts (offset ${s}).`);
  return { start: s, end: e };
}

function readTimex(v: unknown, n: number, textLength: number): Timex {
  const what = `Timex ${n}`;
  if (!isObject(v)) fail(`${what} must be an object, found ${describe(v)}.`);
  const t = v as Obj;
  const span = readSpan(t, what, textLength);
  if (typeof t.text !== 'string') fail(`${what} must have its words as text, found ${describe(t.text)}.`);
  if (!TIMEX_TYPES.includes(t.type as TimexType)) {
    fail(`${what} has the type ${describe(t.type)}; expected one of ${TIMEX_TYPES.join(', ')}.`);
  }
  if (typeof t.value !== 'string' || t.value === '') fail(`${what} must have a TimeML value, found ${describe(t.value)}.`);
  const timex: Timex = { ...span, text: t.text as string, type: t.type as TimexType, value: t.value as string };
  if (t.mod !== undefined) {
    if (typeof t.mod !== 'string') fail(`${what} has a mod that is not text: ${describe(t.mod)}.`);
    timex.mod = t.mod as string;
  }
  return timex;
}

/** One event; `what` names it in messages ("Event 3"), offsets must lie within `textLength`. */
export function readEvent(v: unknown, n: number | string, textLength: number): TimelineEvent {
  const what = typeof n === 'number' ? `Event ${n}` : n;
  if (!isObject(v)) fail(`${what} must be an object, found ${describe(v)}.`);
  const e = v as Obj;
  if (typeof e.id !== 'string' || e.id === '') fail(`${what} has no id.`);
  if (typeof e.label !== 'string') fail(`${what} must have a label, found ${describe(e.label)}.`);
  if (!STATUSES.includes(e.status as (typeof STATUSES)[number])) {
    fail(`${what} has the status ${describe(e.status)}; expected "past" or "projected".`);
  }
  if (!isObject(e.source)) fail(`${what} has no source span.`);
  const event: TimelineEvent = {
    id: e.id as string,
    label: e.label as string,
    status: e.status as TimelineEvent['status'],
    when: readWhen(e.when, what),
    source: readSpan(e.source as Obj, `${what}'s source sentence`, textLength),
  };
  if (e.modality !== undefined) {
    if (!MODALITIES.includes(e.modality as Modality)) {
      fail(`${what} has the modality ${describe(e.modality)}; expected one of ${MODALITIES.join(', ')}.`);
    }
    event.modality = e.modality as Modality;
  }
  if (e.prominence !== undefined) {
    if (e.prominence !== 'background') fail(`${what} has the prominence ${describe(e.prominence)}; expected "background" or none.`);
    event.prominence = 'background';
  }
  const sources = readSources(e.sources, textLength);
  if (sources) event.sources = sources;
  return event;
}

function readWhen(v: unknown, what: string): EventWhen {
  if (!isObject(v)) fail(`${what} has no date information ("when"), found ${describe(v)}.`);
  const w = v as Obj;
  const start = w.start ?? null;
  const end = w.end ?? null;
  if (start !== null && !isDay(start)) fail(`${what} has a start date that is not a real YYYY-MM-DD day: ${describe(start)}.`);
  if (end !== null && !isDay(end)) fail(`${what} has an end date that is not a real YYYY-MM-DD day: ${describe(end)}.`);
  if ((start === null) !== (end === null)) {
    fail(start === null ? `${what} has an end date but no start date.` : `${what} has a start date but no end date.`);
  }
  if (start !== null && (end as string) < (start as string)) fail(`${what} has an end date before its start date.`);
  const granularity = w.granularity ?? null;
  if (granularity !== null && !GRANULARITIES.includes(granularity as Granularity)) {
    fail(`${what} has the granularity ${describe(granularity)}; expected one of ${GRANULARITIES.join(', ')}.`);
  }
  const when: EventWhen = {
    timex: nullableString(w.timex, `${what}'s timex value`),
    start: start as string | null,
    end: end as string | null,
    granularity: granularity as Granularity | null,
    text: nullableString(w.text, `${what}'s date words`),
  };
  if (w.mod !== undefined) {
    if (typeof w.mod !== 'string') fail(`${what} has a date mod that is not text: ${describe(w.mod)}.`);
    when.mod = w.mod as string;
  }
  return when;
}
