// The app's working state: the article text, its publication date and headline, the current
// document and the selected event, with methods for each change. Extraction runs through an
// injected extractor so tests and later features (undo, persistence) can wrap it.
// Knows nothing of components.
import type { ArticleMeta, NewslineDocument, StoryArticleSpan } from '../lib/document';
import type { PublishedFrom } from '../lib/ingest/types';
import { parsePublished } from '../lib/temporal/reference';
import type { ExtractResult, Extractor } from './extraction';

export interface SampleMeta {
  title: string | null;
  url: string | null;
  published: string;
  publisher: string | null;
  credit?: string;
}

export class Workspace {
  text = $state('');
  /** The publication day, as the date field shows and edits it. */
  published = $state('');
  /** The time of day the article's stamp gave with that day ("T13:42:21"), or ''. Extraction
   *  reads it, as the CLI does: "this morning" in a story stamped 13:42 is already past. A day the
   *  user types is a day, and drops it. */
  publishedTime = $state('');
  title = $state('');
  url = $state<string | null>(null);
  publisher = $state<string | null>(null);
  /** Where the publication date came from (a page's metadata, its dateline, the user). */
  publishedFrom = $state<PublishedFrom | undefined>(undefined);
  /** A story's articles in the joint text (null: one article). */
  articles = $state.raw<StoryArticleSpan[] | null>(null);
  doc = $state.raw<NewslineDocument | null>(null);
  /** How far the reading of a story's articles got, while it runs. */
  progress = $state.raw<{ done: number; total: number } | null>(null);
  selection = $state<string | null>(null);
  /** Why the last extraction could not run (bad date, engine error); the text is kept. */
  problem = $state<string | null>(null);
  pending = $state(false);
  private extractor: Extractor | null = null;
  /** Authoring hook: an event the user added or edited stays selected though extraction lacks its id. */
  keepsSelection: (id: string) => boolean = () => false;

  readonly article: ArticleMeta = $derived({
    title: this.title || null, published: this.published + (this.publishedTime && parsePublished(this.published) ? this.publishedTime : ''),
    url: this.url, publisher: this.publisher,
    ...(this.publishedFrom ? { publishedFrom: this.publishedFrom } : {}),
  });
  readonly dateProblem: string | null = $derived(
    parsePublished(this.published) ? null : 'Enter the publication date as a real calendar day (for example 2025-11-05); every relative date is read from it.',
  );

  /** `read`: the document already extracted from this text and metadata (the sample's, built
   *  with the app), drawn at once instead of read again. */
  constructor(sampleText: string, meta: SampleMeta, read: NewslineDocument | null = null) {
    this.text = sampleText;
    this.published = meta.published;
    this.title = meta.title ?? '';
    this.url = meta.url;
    this.publisher = meta.publisher;
    if (read && read.text === sampleText && read.article.published === meta.published) this.doc = read;
  }

  connect(extractor: Extractor) {
    this.extractor = extractor;
    if (this.doc?.text === this.text) return;
    this.refresh();
  }

  receive(r: ExtractResult) {
    this.pending = false;
    this.progress = null;
    // An answer for a text since replaced (a page pasted while extraction ran) is not shown.
    if (r.ok && r.doc.text !== this.text) return;
    if (r.ok) {
      this.doc = r.doc;
      this.problem = null;
      const kept = this.selection !== null && (r.doc.events.some((e) => e.id === this.selection) || this.keepsSelection(this.selection));
      if (!kept) this.selection = null;
    } else {
      this.problem = `Could not read dates from this text: ${r.message}`;
    }
  }

  setText(text: string) {
    this.text = text;
    // Pasting a new article drops the sample's link and publisher.
    this.url = null;
    this.publisher = null;
    this.refresh();
  }

  /** A story's articles changed (always with its text, set next). */
  setArticles(articles: StoryArticleSpan[] | null) {
    this.articles = articles;
    this.refresh();
  }

  /** Progress from the worker, for the request still wanted. */
  report(progress: { done: number; total: number }) {
    if (this.pending) this.progress = progress;
  }

  /** A day from the date field, or an article's whole stamp ("2025-05-07T13:42:21"). */
  setPublished(published: string) {
    const stamp = /^(\d{4}-\d{2}-\d{2})(T\d{2}:\d{2}(?::\d{2})?)$/.exec(published);
    this.published = stamp ? stamp[1] : published;
    this.publishedTime = stamp ? stamp[2] : '';
    this.refresh();
  }

  setTitle(title: string) {
    this.title = title;
    if (this.doc) this.doc = { ...this.doc, article: { ...this.doc.article, title: title || null } };
  }

  /** Another article is coming in: its timeline is read next; the previous one's goes now. */
  forgetTimeline() {
    this.doc = null;
    this.selection = null;
  }

  select(id: string | null) {
    this.selection = id;
  }

  private refresh() {
    // Without a date nothing can be read; a timeline of some other text would mislead, so it
    // goes, while the same text's timeline stays up as the user retypes its date.
    if (this.dateProblem && this.doc && this.doc.text !== this.text) this.doc = null;
    if (this.dateProblem || !this.extractor) return;
    this.pending = true;
    this.extractor.request(this.text, this.article, this.articles ?? undefined);
  }
}
