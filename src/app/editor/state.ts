// What one working timeline is, as the undo history and storage see it: the article text and
// metadata, the user's edits over extraction, and the document settings. The timeline shown
// is derived from it (extract(text, article) with the edits merged on top); never stored.
// A story (several articles) keeps the same shape: `text` is every article's text joined,
// `article` the story itself, and `articles` where each article lies in the text. Both story
// fields are optional, so a record saved before stories opens as it always did.
import type { ArticleMeta, StoryArticleSpan } from '../../lib/document';
import type { Edits } from '../../lib/edits';
import type { DocumentSettings } from './settings';

/** An article added to a story whose publication date is still unknown: kept, not joined yet. */
export interface WaitingArticle {
  id: string;
  text: string;
  title: string | null;
  url: string | null;
  publisher: string | null;
}

export interface AuthoringState {
  text: string;
  article: ArticleMeta;
  edits: Edits;
  settings: DocumentSettings;
  /** A story's articles and their ranges in `text` (2 or more); absent for one article. */
  articles?: StoryArticleSpan[];
  /** Articles added to this timeline that wait for their publication date. */
  waiting?: WaitingArticle[];
}
