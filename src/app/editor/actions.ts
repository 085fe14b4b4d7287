// The file and sharing actions of the authoring bar, each ending in a notice: open a file or a
// link, paste a copied page, download JSON, copy a link, TimelineJS export. A failure says what
// is wrong and leaves the open timeline exactly as it was (nothing is changed until the input
// has been read in full).
// Browser-only (Blob, clipboard, location); knows nothing of components.
import type { ArticleMeta, NewslineDocument } from '../../lib/document';
import type { Ingested } from '../../lib/ingest';
import { fromTimelineJs, toTimelineJs } from '../../lib/interchange';
import { exportFilename } from '../../lib/publish/filename';
import { decodeDocumentFragment, encodeDocumentFragment, fromBase64Url, toBase64Url } from '../../lib/publish/fragment';
import { parsePublished } from '../../lib/temporal/reference';
import { readDocument } from '../../lib/validate';
import type { Authoring } from './authoring.svelte';
import { shortDay } from './detected';
import { MAX_FILE_BYTES, Refusal, openFile, type FileLike } from './open';
import { articleFromPaste } from './paste';
import { readSettings, type DocumentSettings } from './settings';

const message = (err: unknown) => (err instanceof Error ? err.message : String(err));

export async function openFileInto(authoring: Authoring, file: FileLike): Promise<void> {
  const published = authoring.present.article.published;
  try {
    const opened = await openFile(file, published);
    if (opened.kind === 'document') {
      await authoring.openDocument(opened.doc);
      const what = opened.from === 'timelinejs' ? 'TimelineJS file' : 'Newsline document';
      authoring.say(`Opened the ${what} "${file.name}" (${opened.doc.events.length} events).`);
      return;
    }
    const article = articleMeta(opened);
    authoring.openArticle(opened.text, article);
    authoring.say(article.published
      ? `Opened "${file.name}", published ${shortDay(article.published)}.`
      : `Opened "${file.name}". It states no publication date: enter it, and the timeline follows.`);
  } catch (err) {
    authoring.say(err instanceof Refusal ? err.message : `Could not open "${file.name}": ${message(err)}`, 'error');
  }
}

/**
 * A paste of a copied page: its article replaces the text as one undo step. True when the
 * paste was taken (the caller then stops the browser's own paste); false for an ordinary one.
 */
export function pasteArticleInto(authoring: Authoring, html: string): boolean {
  const page = articleFromPaste(html);
  if (!page) return false;
  const article = articleMeta(page);
  authoring.replaceArticle(page.text, article);
  authoring.say(`Pasted the article from the copied page, without its menus, links and other page furniture${
    article.published ? '' : '; it states no publication date, so enter it below'}. Undo brings back the text you had.`);
  return true;
}

/**
 * The document's metadata for an ingested article. A date the app cannot read counts as none:
 * the publication date is then left empty for the user to give, never guessed (not today, not
 * the previous article's).
 */
function articleMeta(a: Ingested): ArticleMeta {
  const published = a.published && parsePublished(a.published) ? a.published : '';
  return {
    title: a.title, url: a.url, publisher: a.publisher, published,
    ...(published && a.publishedFrom ? { publishedFrom: a.publishedFrom } : {}),
  };
}

/** Opens the document in a `#doc=` link (with its settings from `&s=`); false when there is none. */
export async function openLinkInto(authoring: Authoring, hash: string): Promise<boolean> {
  const params = new URLSearchParams(hash.replace(/^#/, ''));
  const fragment = params.get('doc');
  if (!fragment) return false;
  try {
    const doc = readDocument(await decodeDocumentFragment(fragment));
    await authoring.openDocument(doc, linkSettings(params.get('s')));
    authoring.say('Opened the timeline from the link.');
    return true;
  } catch (err) {
    authoring.say(`Could not open the timeline in this link: ${message(err)}`, 'error');
    return false;
  }
}

/** Settings travel beside the document in the link; damaged ones fall back to the defaults. */
function linkSettings(encoded: string | null): DocumentSettings {
  try {
    return readSettings(encoded ? JSON.parse(new TextDecoder().decode(fromBase64Url(encoded))) : null);
  } catch {
    return readSettings(null);
  }
}

export function download(name: string, type: string, content: string): void {
  const url = URL.createObjectURL(new Blob([content], { type }));
  const a = Object.assign(document.createElement('a'), { href: url, download: name });
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

export function downloadJson(doc: NewslineDocument): void {
  download(exportFilename(doc.article.title, doc.article.published, 'json'), 'application/json', JSON.stringify(doc, null, 2));
}

export function exportTimelineJs(authoring: Authoring, doc: NewslineDocument): void {
  const { file, leftOut } = toTimelineJs(doc);
  const name = exportFilename(doc.article.title, doc.article.published, 'json').replace(/\.json$/, '-timelinejs.json');
  download(name, 'application/json', JSON.stringify(file, null, 2));
  authoring.say(leftOut === 0
    ? `Exported ${file.events.length} events for TimelineJS.`
    : `Exported ${file.events.length} events for TimelineJS; ${leftOut} undated ${leftOut === 1 ? 'event was' : 'events were'} left out, as TimelineJS needs a date.`);
}

/** Chromium's limit on an address; a longer link would be cut off and arrive damaged. */
const MAX_LINK = 2_000_000;

/** The link that opens `doc` with its settings; put on the clipboard when the browser allows it. */
export async function copyLink(authoring: Authoring, doc: NewslineDocument, base: string): Promise<string> {
  const settings = toBase64Url(new TextEncoder().encode(JSON.stringify(authoring.present.settings)));
  // A story's dates are found again when the link is opened (its articles are rebuilt), so
  // its link leaves them out: hundreds of articles' dates would double its length.
  const shared = doc.articles?.length ? { ...doc, timexes: [] } : doc;
  const link = `${base.split('#')[0]}#doc=${await encodeDocumentFragment(shared)}&s=${settings}`;
  if (link.length > MAX_LINK) {
    authoring.say(`This timeline is too long to share as a link (${Math.round(link.length / 1e6)} MB); use Download JSON instead.`, 'error');
    return '';
  }
  try {
    await navigator.clipboard.writeText(link);
    authoring.say(`Link copied (${Math.ceil(link.length / 1024)} KB). Anyone opening it sees this timeline.`);
  } catch {
    authoring.say('The browser did not allow copying; copy the link from the field below.');
  }
  return link;
}

/** Imports a TimelineJS file as a new timeline dated like the open one. */
export async function importTimelineJsInto(authoring: Authoring, file: FileLike): Promise<void> {
  try {
    if (file.size > MAX_FILE_BYTES) throw new Error(`the file is over ${MAX_FILE_BYTES / 1048576} MB.`);
    let value: unknown;
    try {
      value = JSON.parse(await file.text());
    } catch {
      throw new Error('it is not valid JSON.');
    }
    const doc = fromTimelineJs(value, authoring.present.article.published);
    await authoring.openDocument(doc);
    authoring.say(`Imported ${doc.events.length} events from the TimelineJS file "${file.name}".`);
  } catch (err) {
    authoring.say(`Could not import "${file.name}" as TimelineJS: ${message(err)}`, 'error');
  }
}
