// The authoring state of the open timeline: its undo history (whose present is the text,
// article metadata, edits and settings), saving after every change, and the user-facing
// message of the last action. The timeline shown is `shown(extracted)`: a fresh extraction
// with the edits merged on top. Knows nothing of how extraction is scheduled or drawn;
// the clock, ids, storage and extraction come in through `AuthoringDeps`.
import type { ArticleMeta, NewslineDocument, StoryArticleSpan, TimelineEvent } from '../../lib/document';
import {
  NO_EDITS, addEvent, changeEvent, deleteEvent, editedIds, editsFromEvents, mergeEdits, mergeEvents, moveWhen, newEventId, withoutRetellings,
  snapSteps, splitEvent,
} from '../../lib/edits';
import type { ReadArticle } from '../story/readArticles';
import { addArticles, dateArticle, removeArticle } from '../story/storyState';
import { canRedo, canUndo, createHistory, record, redo, undo, type History } from '../../lib/history';
import { UNAVAILABLE_MESSAGE, type Loaded, type RecentTimeline, type TimelineStore } from '../storage';
import { DEFAULT_SETTINGS, type DocumentSettings } from './settings';
import type { AuthoringState } from './state';
import { mergeTabStates, takeTheirs, type TabConflict } from './tabs';

export interface AuthoringDeps {
  store: TimelineStore;
  /** Milliseconds, for merging keystrokes into one undo step. */
  now: () => number;
  /** An ISO instant for "saved at". */
  stamp: () => string;
  newId: () => string;
  /** Extraction's events for a text (a story's, given its articles); used when a whole document is opened. */
  extractEvents: (text: string, article: ArticleMeta, articles?: StoryArticleSpan[]) => TimelineEvent[] | Promise<TimelineEvent[]>;
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
  /** Fields two tabs set to different values: this tab's is shown until the user chooses. */
  conflicts = $state.raw<TabConflict[]>([]);

  present = $derived(this.history.present);
  canUndo = $derived(canUndo(this.history));
  canRedo = $derived(canRedo(this.history));
  editedIds = $derived(editedIds(this.history.present.edits));

  #deps: AuthoringDeps;
  #timer: ReturnType<typeof setTimeout> | null = null;
  // The version this tab last read from or wrote to storage: the common ancestor when another
  // tab's save of the same timeline is merged with this tab's unsaved changes.
  #base: AuthoringState;
  #baseRecord: string | null = null;

  constructor(deps: AuthoringDeps, initial: AuthoringState) {
    this.#deps = deps;
    this.id = deps.newId();
    this.history = createHistory(initial);
    this.#base = initial;
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
    this.#read(loaded);
    this.conflicts = [];
    return true;
  }

  /**
   * Another tab saved a timeline (a `storage` event for `key`). If it is this one, take its
   * version rather than overwrite it on the next save; either way refresh the recent list.
   */
  savedElsewhere(key: string | null): void {
    this.recent = this.#deps.store.recent();
    if (key !== this.#deps.store.keyOf(this.id)) return;
    if (this.#deps.store.record(this.id) === this.#baseRecord) return;
    const loaded = this.#deps.store.load(this.id);
    if (!loaded.ok) return;
    if (this.#timer === null && this.present === this.#base) {
      // nothing unsaved here: the other tab's version already holds everything this tab saved
      this.history = loaded.history;
      this.#read(loaded);
      this.say('This timeline was changed in another tab; showing that version.');
      return;
    }
    this.#mergeIn(loaded);
    // the merge is written at once, so the other tab sees this tab's changes too
    if (this.#timer !== null) clearTimeout(this.#timer);
    this.#timer = null;
    this.#save();
  }

  /** Settles a conflict with the other tab's value (`theirs`) or this tab's (already shown). */
  resolveConflict(conflict: TabConflict, take: 'mine' | 'theirs'): void {
    this.conflicts = this.conflicts.filter((c) => c !== conflict);
    if (take === 'theirs') this.commit(takeTheirs(this.present, conflict));
    if (this.conflicts.length === 0 && this.notice?.text.startsWith(MERGED)) this.notice = null;
  }

  /** Removes a saved timeline other than the open one (to make room, or tidy up). */
  forgetSaved(id: string): void {
    if (id === this.id) return;
    this.#deps.store.forget(id);
    this.recent = this.#deps.store.recent();
  }

  /** The document to show: `extracted` (from the present text), each happening told once, with the
   *  user's edits on top. */
  shown(extracted: NewslineDocument): NewslineDocument {
    return {
      ...extracted,
      article: this.present.article,
      events: mergeEdits(withoutRetellings(extracted.events), this.present.edits, extracted.text),
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

  /** Merges `other` into `first` (a story's two entries become one); one undo step. */
  mergeEvents(first: TimelineEvent, other: TimelineEvent, text: string): void {
    this.commit({ ...this.present, edits: mergeEvents(this.present.edits, first, other, text) });
  }

  /** Splits an entry into one per source sentence; returns the ids of the entries made. */
  splitEvent(event: TimelineEvent, text: string, shownIds: Iterable<string>): string[] {
    const split = splitEvent(this.present.edits, event, text, [...shownIds, ...this.editedIds]);
    this.commit({ ...this.present, edits: split.edits });
    return split.ids;
  }

  // A story's articles. Each change is one undo step.
  addArticles(added: ReadArticle[]): void {
    if (added.length) this.commit(addArticles(this.present, added));
  }

  removeArticle(id: string): void {
    this.commit(removeArticle(this.present, id));
  }

  dateArticle(id: string, published: string): void {
    this.commit(dateArticle(this.present, id, published));
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
    const articles = doc.articles?.length ? { articles: doc.articles } : {};
    const extracted = await this.#deps.extractEvents(doc.text, doc.article, articles.articles);
    // Both told once, as shown: a document written by the CLI keeps every telling, one
    // published from here does not, and neither difference is an edit.
    const edits = editsFromEvents(withoutRetellings(extracted), withoutRetellings(doc.events), doc.text);
    this.#start({ text: doc.text, article: doc.article, edits, settings, ...articles });
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

  #read(loaded: Extract<Loaded, { ok: true }>): void {
    this.#base = loaded.history.present;
    this.#baseRecord = loaded.raw;
  }

  /** This tab's unsaved changes merged over the version another tab saved. */
  #mergeIn(loaded: Extract<Loaded, { ok: true }>): void {
    const merged = mergeTabStates(this.#base, this.present, loaded.history.present);
    this.#read(loaded);
    this.history = record(this.history, merged.state, { key: null, at: this.#deps.now() });
    this.conflicts = [...this.conflicts, ...merged.conflicts];
    const kept = merged.keptDespiteDeletion.length;
    const choose = merged.conflicts.length === 0 ? '' : merged.conflicts.length === 1
      ? ' Both tabs changed one thing differently: choose which version to keep below.'
      : ` Both tabs changed ${merged.conflicts.length} things differently: choose which versions to keep below.`;
    const keptWords = kept === 0 ? '' : kept === 1 ? ' An event deleted in one tab and edited in the other was kept.' : ` ${kept} events deleted in one tab and edited in the other were kept.`;
    this.say(`${MERGED}${choose}${keptWords}`);
  }

  #start(state: AuthoringState): void {
    // The timeline being left is saved as it stands, so Recent can bring it back.
    if (this.#timer !== null) clearTimeout(this.#timer);
    this.#timer = null;
    this.#save();
    this.id = this.#deps.newId();
    this.history = createHistory(state);
    this.conflicts = [];
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
    // another tab wrote this timeline since this one last read or wrote it (its storage event
    // may not have arrived yet, or that tab is closing): merge, never overwrite
    const stored = this.#deps.store.record(this.id);
    if (stored !== null && stored !== this.#baseRecord) {
      const loaded = this.#deps.store.load(this.id);
      if (loaded.ok) this.#mergeIn(loaded);
    }
    const present = this.history.present;
    const saved = this.#deps.store.save(this.id, this.history, this.#deps.stamp());
    this.storageProblem = saved.ok ? null : saved.message;
    if (!saved.ok) return;
    this.#base = present;
    this.#baseRecord = saved.raw;
    this.recent = this.#deps.store.recent();
  }
}

const MERGED = 'Changes made in another tab were merged with yours.';

export function blank(published: string): AuthoringState {
  return {
    text: '',
    article: { title: null, published, url: null, publisher: null },
    edits: NO_EDITS,
    settings: DEFAULT_SETTINGS,
  };
}
