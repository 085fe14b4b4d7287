// Keeps the view's Workspace (text, publication date, headline, which extraction reads) and
// the Authoring state (which undo and storage read) telling the same story, in both directions:
// what the user types in the workspace's fields becomes an undo step; an undo, a redo or an
// opened file moves the workspace. `agreed` holds the values both last agreed on, so each side
// only acts on a change the other has not seen yet (no echo, no loop, and a restored timeline
// is not overwritten by the sample the workspace started with).
// Knows nothing of components.
import { untrack } from 'svelte';
import type { StoryArticleSpan } from '../../lib/document';
import type { PublishedFrom } from '../../lib/ingest/types';
import { parsePublished } from '../../lib/temporal/reference';
import type { Authoring } from './authoring.svelte';

/** The part of the view's Workspace this needs. */
export interface WorkspaceFields {
  text: string;
  published: string;
  /** The time of day that goes with `published` ("T09:30"), or ''. */
  publishedTime: string;
  title: string;
  url: string | null;
  publisher: string | null;
  publishedFrom?: PublishedFrom;
  setText(text: string): void;
  setPublished(published: string): void;
  setTitle(title: string): void;
  /** A story's articles; absent in views that show one article only. */
  articles?: StoryArticleSpan[] | null;
  setArticles?(articles: StoryArticleSpan[] | null): void;
  /** Another article is coming in: the timeline of the one before is no longer to be shown. */
  forgetTimeline?(): void;
}

export function bindWorkspace(ws: WorkspaceFields, authoring: Authoring): () => void {
  const agreed = { text: ws.text, published: ws.published, title: ws.title };
  return $effect.root(() => {
    $effect(() => {
      const { text, published, title, url, publisher } = ws;
      untrack(() => {
        const present = authoring.present;
        let key: string | null = null;
        let next = present;
        if (text !== agreed.text) {
          agreed.text = text;
          // The workspace drops the sample's link and publisher when the text is replaced.
          next = { ...next, text, article: { ...next.article, url, publisher } };
          key = 'typing';
        }
        if (published !== agreed.published) {
          agreed.published = published;
          // A half-typed date is not a state worth saving or undoing to. A date the user sets is
          // theirs, whatever the page said ('given').
          if (parsePublished(published)) next = { ...next, article: { ...next.article, published, publishedFrom: 'given' } };
          key ??= 'published';
        }
        if (title !== agreed.title) {
          agreed.title = title;
          next = { ...next, article: { ...next.article, title: title || null } };
          key ??= 'headline';
        }
        if (next !== present) authoring.commit(next, key);
      });
    });
    $effect(() => {
      const { text, article, articles } = authoring.present;
      untrack(() => {
        // Another article (an opened file, a new article, an undo past one) changes its text with
        // its date or headline. Until it is read, the previous article's events would sit under
        // the new headline and be counted from the new date: the view says it is reading instead.
        const title = article.title ?? '';
        const day = article.published.slice(0, 10);
        if (text !== agreed.text && (day !== agreed.published || title !== agreed.title)) ws.forgetTimeline?.();
        // A story's articles before its text: the new text is read as the story it is.
        if ((articles ?? null) !== (ws.articles ?? null)) ws.setArticles?.(articles ?? null);
        // The date goes first: a new text must never be extracted against the previous article's
        // date, even for a moment. The workspace's field shows the day; a time of day ("...T09:30")
        // goes along for extraction, so the app reads a page as the CLI does. An empty date is an
        // article still waiting for its date.
        if (day !== agreed.published || article.published.slice(10) !== ws.publishedTime) {
          agreed.published = day;
          ws.setPublished(article.published);
        }
        if (text !== agreed.text) {
          agreed.text = text;
          ws.setText(text);
        }
        if (title !== agreed.title) {
          agreed.title = title;
          ws.setTitle(title);
        }
        // setText forgets the sample's link and publisher; the article's own are restored here.
        if (ws.url !== article.url) ws.url = article.url;
        if (ws.publisher !== article.publisher) ws.publisher = article.publisher;
        if (ws.publishedFrom !== article.publishedFrom) ws.publishedFrom = article.publishedFrom;
      });
    });
  });
}
