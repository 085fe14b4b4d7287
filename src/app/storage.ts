// Local persistence of working timelines (localStorage): one record per timeline with its
// undo history, a short list of recent timelines, and which one was open. Every failure comes
// back as a sentence for the user, never as a thrown error: storage that is full, disabled or
// holding damaged data must not stop anyone working (the app keeps the timeline in memory).
// Must not know about components; the Storage object and the time are passed in.
import { readEdits } from '../lib/edits';
import type { History, Step } from '../lib/history';
import { describeValue } from '../lib/describe-value';
import { readArticle } from '../lib/validate';
import { readSettings } from './editor/settings';
import type { AuthoringState, WaitingArticle } from './editor/state';
import type { StoryArticleSpan } from '../lib/document';

export interface RecentTimeline {
  id: string;
  title: string;
  savedAt: string;
}

export type Loaded =
  /** `raw`: the record as stored, to tell later whether another tab has written over it. */
  | { ok: true; history: History<AuthoringState>; raw: string }
  | { ok: false; message: string };

export type Saved = { ok: true; raw: string } | { ok: false; message: string };

const PREFIX = 'newsline:timeline:';
const RECENT = 'newsline:recent';
const CURRENT = 'newsline:current';
const RECENT_MAX = 8;
/** Undo steps kept in a saved record: enough for a session, small enough for the quota. */
const SAVED_STEPS = 100;
/** Characters of text above which a record is saved without its undo steps (about 1 MB). */
const BIG_TEXT = 500_000;

export const FULL_MESSAGE =
  "This browser's storage for Newsline is full, so changes are no longer saved; this timeline stays open in this tab. Use Download JSON to keep a copy.";
export const UNAVAILABLE_MESSAGE =
  'This browser does not let Newsline save anything (storage is disabled or blocked), so this timeline lives only in this tab. Use Download JSON to keep a copy.';

export class TimelineStore {
  /** Null when storage cannot be used at all. */
  readonly storage: Storage | null;

  constructor(getStorage: () => Storage) {
    this.storage = probe(getStorage);
  }

  get available(): boolean {
    return this.storage !== null;
  }

  /** The storage key of a timeline's record (to recognise another tab's writes). */
  keyOf(id: string): string {
    return PREFIX + id;
  }

  currentId(): string | null {
    return this.read(CURRENT);
  }

  recent(): RecentTimeline[] {
    try {
      const list = JSON.parse(this.read(RECENT) ?? '[]');
      if (!Array.isArray(list)) return [];
      return list.filter((r) => typeof r?.id === 'string' && typeof r?.title === 'string' && typeof r?.savedAt === 'string');
    } catch {
      return [];
    }
  }

  /** Saves the timeline and makes it the current and most recent one. */
  save(id: string, history: History<AuthoringState>, savedAt: string): Saved {
    if (!this.storage) return { ok: false, message: UNAVAILABLE_MESSAGE };
    const trimmed = { present: history.present, past: history.past.slice(-SAVED_STEPS), future: history.future.slice(-SAVED_STEPS) };
    // When the quota is tight, the document matters more than its undo steps. A story of
    // hundreds of articles is megabytes of text, and the step that added them holds it all
    // again: such a record keeps its undo steps in this tab only, so each save writes it once.
    const bare = { present: history.present, past: [], future: [] };
    const attempts = history.present.text.length > BIG_TEXT ? [bare] : [trimmed, bare];
    for (const h of attempts) {
      try {
        const raw = JSON.stringify({ format: 1, id, savedAt, history: h });
        this.storage.setItem(PREFIX + id, raw);
        const title = history.present.article.title?.trim() || firstWords(history.present.text) || 'Untitled timeline';
        const recent = [{ id, title, savedAt }, ...this.recent().filter((r) => r.id !== id)].slice(0, RECENT_MAX);
        this.storage.setItem(RECENT, JSON.stringify(recent));
        this.storage.setItem(CURRENT, id);
        return { ok: true, raw };
      } catch {
        continue;
      }
    }
    return { ok: false, message: FULL_MESSAGE };
  }

  /** Removes a saved timeline and its entry in the recent list. */
  forget(id: string): void {
    try {
      this.storage?.removeItem(PREFIX + id);
      this.storage?.setItem(RECENT, JSON.stringify(this.recent().filter((r) => r.id !== id)));
    } catch {
      // Nothing to do: a store that cannot be written to has nothing of ours to remove.
    }
  }

  load(id: string): Loaded {
    const raw = this.read(PREFIX + id);
    if (raw === null) return { ok: false, message: 'That saved timeline is no longer in this browser.' };
    let value: unknown;
    try {
      value = JSON.parse(raw);
    } catch {
      return { ok: false, message: 'The saved timeline is damaged (it is not valid JSON), so it could not be opened.' };
    }
    try {
      return { ok: true, history: readSavedHistory(value), raw };
    } catch (err) {
      return { ok: false, message: `The saved timeline could not be opened: ${(err as Error).message}` };
    }
  }

  /** The record of a timeline exactly as stored, or null. */
  record(id: string): string | null {
    return this.read(PREFIX + id);
  }

  private read(key: string): string | null {
    try {
      return this.storage?.getItem(key) ?? null;
    } catch {
      return null;
    }
  }
}

function probe(getStorage: () => Storage): Storage | null {
  try {
    const s = getStorage();
    s.setItem('newsline:probe', '1');
    s.removeItem('newsline:probe');
    return s;
  } catch {
    return null;
  }
}

// only the head of the text is split: a story's joint text runs to megabytes
const firstWords = (text: string) => text.slice(0, 400).trim().split(/\s+/).slice(0, 8).join(' ');

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** `textLength`: an undo step holds no text of its own, so its articles are checked against none. */
function readState(v: unknown, textLength?: number): AuthoringState {
  if (!isObject(v) || typeof v.text !== 'string') throw new Error('its article text is missing.');
  const state: AuthoringState = { text: v.text, article: readSavedArticle(v.article), edits: readEdits(v.edits), settings: readSettings(v.settings) };
  // a story's articles (absent in records saved before stories, and for one article)
  if (v.articles !== undefined) state.articles = readStoryArticles(v.articles, textLength ?? v.text.length);
  if (v.waiting !== undefined) state.waiting = readWaiting(v.waiting);
  return state;
}

const nullable = (v: unknown) => (typeof v === 'string' ? v : null);

/** A story's articles: each dated, each a range of the text, in order and not overlapping. */
function readStoryArticles(v: unknown, length: number): StoryArticleSpan[] {
  if (!Array.isArray(v)) throw new Error("its story's articles are not a list.");
  let last = 0;
  return v.map((a, i) => {
    if (!isObject(a) || typeof a.id !== 'string' || !Number.isInteger(a.start) || !Number.isInteger(a.end)) {
      throw new Error(`article ${i + 1} of its story is damaged.`);
    }
    const [start, end] = [a.start as number, a.end as number];
    if (start < last || end < start || end > length) throw new Error(`article ${i + 1} of its story points outside the text.`);
    last = end;
    return { ...readArticle(a), id: a.id, start, end };
  });
}

/** Articles waiting for their date: their text is all there is of them, so it must be there. */
function readWaiting(v: unknown): WaitingArticle[] {
  if (!Array.isArray(v)) throw new Error('its articles waiting for a date are not a list.');
  return v.map((a, i) => {
    if (!isObject(a) || typeof a.id !== 'string' || typeof a.text !== 'string') throw new Error(`waiting article ${i + 1} is damaged.`);
    return { id: a.id, text: a.text, title: nullable(a.title), url: nullable(a.url), publisher: nullable(a.publisher) };
  });
}

/** A saved timeline may still be waiting for its publication date (its page stated none): ''. */
function readSavedArticle(v: unknown): AuthoringState['article'] {
  if (!isObject(v) || v.published !== '') return readArticle(v);
  return { ...readArticle({ ...v, published: '2000-01-01' }), published: '' };
}

function readRest(v: unknown): Omit<AuthoringState, 'text'> {
  const { text: _t, ...rest } = readState({ ...(isObject(v) ? v : {}), text: '' }, Infinity);
  return rest;
}

function readStep(v: unknown): Step<AuthoringState> {
  if (!isObject(v)) throw new Error('an undo step is damaged.');
  const t = v.text;
  if (t !== null && !(isObject(t) && Number.isInteger(t.at) && typeof t.removed === 'string' && typeof t.inserted === 'string')) {
    throw new Error('an undo step is damaged.');
  }
  return {
    text: t === null ? null : { at: t.at as number, removed: t.removed as string, inserted: t.inserted as string },
    before: readRest(v.before),
    after: readRest(v.after),
    key: null,
    at: 0,
  };
}

const KEPT_COPY = 'if you downloaded it as JSON, open that file instead.';

/** Why a record of another format cannot be read, naming the format as it was stored. */
function formatProblem(format: unknown): string {
  if (typeof format === 'number' && Number.isInteger(format) && format > 1) {
    return `it was saved by a newer version of Newsline (format ${format}); open it in that version, or ${KEPT_COPY}`;
  }
  if (typeof format === 'number' && Number.isInteger(format) && format < 1) {
    return `it was saved in an older format (${format}) that this version of Newsline no longer reads; ${KEPT_COPY}`;
  }
  return `its format is marked ${describeValue(format)}, which no version of Newsline writes; ${KEPT_COPY}`;
}

/** The saved history; damaged undo steps cost the undo history, never the document. */
export function readSavedHistory(value: unknown): History<AuthoringState> {
  if (!isObject(value) || !isObject(value.history)) throw new Error('it holds no timeline.');
  if (value.format !== undefined && value.format !== 1) throw new Error(formatProblem(value.format));
  const present = readState(value.history.present);
  try {
    const past = (value.history.past as unknown[]).map(readStep);
    const future = (value.history.future as unknown[]).map(readStep);
    return { present, past, future };
  } catch {
    return { present, past: [], future: [] };
  }
}
