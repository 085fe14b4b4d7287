// The authoring state of the open timeline: its undo history (whose present is the text,
// article metadata, edits and settings), saving after every change, and the user-facing
// message of the last action. The timeline shown is `shown(extracted)`: a fresh extraction
// with the edits merged on top. Knows nothing of how extraction is scheduled or drawn;
// the clock, ids, storage and extraction come in through `AuthoringDeps`.
import type { ArticleMeta, NewslineDocument, TimelineEvent } from '../../lib/document';
import {
  NO_EDITS, addEvent, changeEvent, deleteEvent, editedIds, editsFromEvents, mergeEdits, moveWhen, newEventId, snapSteps,
} from '../../lib/edits';
import { canRedo, canUndo, createHistory, record, redo, undo, type History } from '../../lib/history';
import { UNAVAILABLE_MESSAGE, type RecentTimeline, type TimelineStore } from '../storage';
import { DEFAULT_SETTINGS, type DocumentSettings } from './settings';
import type { AuthoringState } from './state';

export interface AuthoringDeps {
  store: TimelineStore;
  /** Milliseconds, for merging keystrokes into one undo step. */
  now: () => number;
  /** An ISO instant for "saved at". */
  stamp: () => string;
  newId: () => string;
  /** Extraction's events for a text; used when a whole document is opened. */
  extractEvents: (text: string, article: ArticleMeta) => TimelineEvent[] | Promise<TimelineEvent[]>;
  /** Debounce before saving; 0 saves at once. */
  saveDelayMs?: number;
}

export interface Notice {
  text: string;
  tone: 'error' | 'info';
}

export class Authoring {
  history = $state.raw<History<AuthoringState>>(createHistory(blank('2025-01-01')));
  id = $state.raw('');
  notice = $state.raw<Notice | null>(null);
  /** Set while storage cannot save: shown until a save succeeds again. */
  storageProblem = $state.raw<string | null>(null);
  recent = $state.raw<RecentTimeline[]>([]);

  present = $derived(this.history.present);
  canUndo = $derived(canUndo(this.history));
  canRedo = $derived(canRedo(this.history));
  editedIds = $derived(editedIds(this.history.present.edits));

  #deps: AuthoringDeps;
  #timer: ReturnType<typeof setTimeout> | null = null;

  constructor(deps: AuthoringDeps, initial: AuthoringState) {
    this.#deps = deps;
    this.id = deps.newId();
    this.history = createHistory(initial);
    if (!deps.store.available) this.storageProblem = UNAVAILABLE_MESSAGE;
    this.recent = deps.store.recent();
  }

  /** Reopens the timeline that was open last; false (with a notice if it was damaged) otherwise. */
  restore(): boolean {
    const id = this.#deps.store.currentId();
    return id !== null && this.openSaved(id);
  }

  openSaved(id: string): boolean {
    const loaded = this.#deps.store.load(id);
    if (!loaded.ok) {
      this.notice = { text: loaded.message, tone: 'error' };
      return false;
    }
    this.flush();
    this.id = id;
    this.history = loaded.history;
    return true;
  }

  /**
   * Another tab saved a timeline (a `storage` event for `key`). If it is this one, take its
   * version rather than overwrite it on the next save; either way refresh the recent list.
   */
  savedElsewhere(key: string | null): void {
    this.recent = this.#deps.store.recent();
    if (key !== this.#deps.store.keyOf(this.id)) return;
    const loaded = this.#deps.store.load(this.id);
    if (!loaded.ok) return;
    if (this.#timer !== null) clearTimeout(this.#timer);
    this.#timer = null;
    this.history = loaded.history;
    this.say('This timeline was changed in another tab; showing that version.');
  }

  /** Removes a saved timeline other than the open one (to make room, or tidy up). */
  forgetSaved(id: string): void {
    if (id === this.id) return;
    this.#deps.store.forget(id);
    this.recent = this.#deps.store.recent();
  }

  /** The document to show: `extracted` (from the present text) with the user's edits on top. */
  shown(extracted: NewslineDocument): NewslineDocument {
    return {
      ...extracted,
      article: this.present.article,
      events: mergeEdits(extracted.events, this.present.edits, extracted.text),
    };
  }

  // Changes. Each records one undo step (or extends the current one) and schedules a save.
  commit(next: AuthoringState, key: string | null = null): void {
    this.history = record(this.history, next, { key, at: this.#deps.now() });
    this.#scheduleSave();
  }

  setText(text: string): void {
    this.commit({ ...this.present, text }, 'typing');
  }

  setArticle(patch: Partial<ArticleMeta>, key: string | null = null): void {
    this.commit({ ...this.present, article: { ...this.present.article, ...patch } }, key);
  }

  setSettings(patch: Partial<DocumentSettings>, key: string | null = null): void {
    this.commit({ ...this.present, settings: { ...this.present.settings, ...patch } }, key);
  }

  /** `current` is the event as shown, taken from a document whose text is `text`. */
  changeEvent(current: TimelineEvent, next: TimelineEvent, text: string, key: string | null = null): void {
    this.commit({ ...this.present, edits: changeEvent(this.present.edits, current, next, text) }, key);
  }

  /** A drag along the axis by `days`, snapped to whole units of the event's granularity. */
  moveEvent(event: TimelineEvent, days: number, text: string): void {
    const steps = snapSteps(event.when, days);
    if (steps === 0 || event.when.start === null) return;
    this.changeEvent(event, { ...event, when: moveWhen(event.when, steps) }, text);
  }

  deleteEvent(event: TimelineEvent, text: string): void {
    this.commit({ ...this.present, edits: deleteEvent(this.present.edits, event, text) });
  }

  /** Adds an event from the words `source` spans ({0,0} for a blank one); returns its id. */
  addEvent(source: { start: number; end: number }, text: string, shownIds: Iterable<string>): string {
    const words = text.slice(source.start, source.end).replace(/\s+/g, ' ').trim();
    const id = newEventId([...shownIds, ...this.editedIds]);
    const published = this.present.article.published.slice(0, 10);
    const event: TimelineEvent = {
      id,
      label: words ? words.split(' ').slice(0, 10).join(' ') : 'New event',
      status: 'projected',
      when: { timex: null, start: published, end: published, granularity: 'day', text: null },
      source,
    };
    this.commit({ ...this.present, edits: addEvent(this.present.edits, event, text) });
    return id;
  }

  /**
   * Replaces the article in this timeline (a pasted page) as one undo step: the edits, which
   * point into the old text, go with it, and undo brings text, metadata and edits back.
   */
  replaceArticle(text: string, article: ArticleMeta): void {
    this.commit({ ...this.present, text, article, edits: NO_EDITS });
  }

  undo(): void {
    this.history = undo(this.history);
    this.#scheduleSave();
  }

  redo(): void {
    this.history = redo(this.history);
    this.#scheduleSave();
  }

  // Whole-timeline actions. Each starts a new saved timeline; the one left stays in Recent.
  newArticle(): void {
    this.#start(blank(this.present.article.published.slice(0, 10)));
  }

  openArticle(text: string, article: ArticleMeta): void {
    this.#start({ text, article, edits: NO_EDITS, settings: DEFAULT_SETTINGS });
  }

  /** Opens a complete document exactly as it is, its differences from extraction kept as edits. */
  async openDocument(doc: NewslineDocument, settings: DocumentSettings = DEFAULT_SETTINGS): Promise<void> {
    const extracted = await this.#deps.extractEvents(doc.text, doc.article);
    const edits = editsFromEvents(extracted, doc.events, doc.text);
    this.#start({ text: doc.text, article: doc.article, edits, settings });
  }

  say(text: string, tone: Notice['tone'] = 'info'): void {
    this.notice = { text, tone };
  }

  /** Writes any pending change now (on page hide, before switching timelines). */
  flush(): void {
    if (this.#timer === null) return;
    clearTimeout(this.#timer);
    this.#timer = null;
    this.#save();
  }

  #start(state: AuthoringState): void {
    // The timeline being left is saved as it stands, so Recent can bring it back.
    if (this.#timer !== null) clearTimeout(this.#timer);
    this.#timer = null;
    this.#save();
    this.id = this.#deps.newId();
    this.history = createHistory(state);
    this.#save();
  }

  #scheduleSave(): void {
    const delay = this.#deps.saveDelayMs ?? 400;
    if (this.#timer !== null) clearTimeout(this.#timer);
    if (delay === 0) {
      this.#timer = null;
      this.#save();
      return;
    }
    this.#timer = setTimeout(() => {
      this.#timer = null;
      this.#save();
    }, delay);
  }

  #save(): void {
    const saved = this.#deps.store.save(this.id, this.history, this.#deps.stamp());
    this.storageProblem = saved.ok ? null : saved.message;
    if (saved.ok) this.recent = this.#deps.store.recent();
  }
}

export function blank(published: string): AuthoringState {
  return {
    text: '',
    article: { title: null, published, url: null, publisher: null },
    edits: NO_EDITS,
    settings: DEFAULT_SETTINGS,
  };
}
