// What one working timeline is, as the undo history and storage see it: the article text and
// metadata, the user's edits over extraction, and the document settings. The timeline shown
// is derived from it (extract(text, article) with the edits merged on top); never stored.
import type { ArticleMeta } from '../../lib/document';
import type { Edits } from '../../lib/edits';
import type { DocumentSettings } from './settings';

export interface AuthoringState {
  text: string;
  article: ArticleMeta;
  edits: Edits;
  settings: DocumentSettings;
}
