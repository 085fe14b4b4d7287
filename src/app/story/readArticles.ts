// Several files (picked at once, dropped, or a whole folder) or a pasted text -> articles for
// a story, each read by the same single-page ingest as an opened article. The publication date
// comes from the page, else from a YYYY-MM-DD prefix of the file's or a folder's name (a desk's
// folders are often laid out by day); failing both the article is kept, waiting for the user
// to give its date, never guessed and never dropped. A file that is no article (a picture, an
// empty or binary file) is reported by name and read no further.
// Must not know about components, storage or how a story is built. Page markup goes to the
// browser's inert DOMParser; nothing of it is rendered as markup.
import { ingest, sniffKind } from '../../lib/ingest';
import { parseHtmlBrowser } from '../../lib/ingest/dom/browser';
import { binaryKind } from '../../lib/ingest/notArticle';
import { detokenize, looksTokenized } from '../../lib/story/detokenize';
import { dateFromPath } from '../../lib/story/pathDate';
import { parsePublished } from '../../lib/temporal/reference';
import type { PublishedFrom } from '../../lib/ingest/types';
import { MAX_FILE_BYTES, type FileLike } from '../editor/open';

/** An article read for a story; `published` is '' while it waits for the user's date. */
export interface ReadArticle {
  id: string;
  text: string;
  published: string;
  /** Where the page's own date was found; absent for a date from a file or folder name. */
  publishedFrom?: PublishedFrom;
  title: string | null;
  url: string | null;
  publisher: string | null;
}

export interface ReadReport {
  articles: ReadArticle[];
  /** One sentence per file that was not read, naming it. */
  refused: string[];
}

/** A file as the browser hands it over; a folder's files carry their path inside it. */
export interface ArticleFile extends FileLike {
  webkitRelativePath?: string;
}

const ARTICLE = /\.(?:txt|text|md|markdown|html?|xhtml)$/i;


/** One file's content -> an article (dated or waiting), or why it is no article. */
export function readArticleText(path: string, content: string): ReadArticle | string {
  const binary = binaryKind(content);
  if (binary) return `"${path}" is ${binary}, not text.`;
  const kind = sniffKind(content, path);
  const page = ingest(content, { kind, fileName: path, parseHtml: parseHtmlBrowser });
  if (!page.text.trim()) return `"${path}" holds no article text.`;
  // Archives such as Timeline17 keep articles tokenised one sentence a line ("Cairo , Egypt");
  // they are put back into ordinary prose, as `newsline story` does.
  const text = kind === 'text' && looksTokenized(page.text) ? page.text.split('\n').map(detokenize).join('\n') : page.text;
  const fromPage = page.published && parsePublished(page.published) ? page.published : null;
  const fromPath = fromPage ? null : dateFromPath(path);
  const published = fromPage ?? fromPath ?? '';
  return {
    id: path, text, published, title: page.title, url: page.url, publisher: page.publisher,
    ...(fromPage && page.publishedFrom ? { publishedFrom: page.publishedFrom } : {}),
  };
}

/** Ids stay unique in the story: a second "index.html" becomes "index.html (2)". */
export function uniqueId(id: string, taken: Set<string>): string {
  let out = id;
  for (let n = 2; taken.has(out); n++) out = `${id} (${n})`;
  taken.add(out);
  return out;
}

/**
 * Reads every file in turn, letting the page breathe between them (a folder of hundreds of
 * pages must not freeze the tab) and reporting how far it got.
 */
export async function readArticleFiles(
  files: readonly ArticleFile[],
  taken: Iterable<string> = [],
  onProgress?: (done: number, total: number) => void,
): Promise<ReadReport> {
  const ids = new Set(taken);
  const report: ReadReport = { articles: [], refused: [] };
  const pages = [...files].sort((a, b) => compare(pathOf(a), pathOf(b)));
  let breath = performance.now();
  for (const [i, file] of pages.entries()) {
    const path = pathOf(file);
    // a pause for the page every 40 ms of reading: it keeps answering the user meanwhile
    if (performance.now() - breath > 40) {
      onProgress?.(i, pages.length);
      await new Promise((r) => setTimeout(r));
      breath = performance.now();
    }
    // a folder holds other things beside articles (pictures, notes of the desk): skipped quietly
    if (!ARTICLE.test(path)) {
      if (!file.webkitRelativePath) report.refused.push(`"${path}" is not an article file (.html, .htm, .txt or .md).`);
      continue;
    }
    if (file.size > MAX_FILE_BYTES) {
      report.refused.push(`"${path}" is over ${MAX_FILE_BYTES / 1048576} MB; an article is rarely over 1 MB.`);
      continue;
    }
    if (file.size === 0) {
      report.refused.push(`"${path}" is empty.`);
      continue;
    }
    try {
      const read = readArticleText(path, await file.text());
      if (typeof read === 'string') report.refused.push(read);
      else report.articles.push({ ...read, id: uniqueId(read.id, ids) });
    } catch (err) {
      report.refused.push(`"${path}" could not be read: ${(err as Error).message}`);
    }
  }
  onProgress?.(pages.length, pages.length);
  return report;
}

/** A pasted article: plain text, or a copied page's article when the paste is markup. */
export function readPastedArticle(text: string, taken: Iterable<string>, n: number): ReadArticle | string {
  if (!text.trim()) return 'The pasted text is empty.';
  const read = readArticleText(`Pasted article ${n}`, text);
  if (typeof read === 'string') return read;
  return { ...read, id: uniqueId(`Pasted article ${n}`, new Set(taken)) };
}

const pathOf = (f: ArticleFile) => f.webkitRelativePath || f.name;
const compare = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
