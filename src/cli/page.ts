// One article as read or fetched -> the v1 document, or a refusal saying why not. Shared by
// `extract FILE|URL|-` and the folder run, so both refuse the same pages in the same words.
// Never guesses a publication date.
import type { NewslineDocument } from '../lib/document';
import { extract } from '../lib/extract';
import { ingest, type InputKind, sniffKind } from '../lib/ingest';
import { parseHtmlNode } from '../lib/ingest/dom/node';
import { binaryKind } from '../lib/ingest/notArticle';
import { UsageError } from './io';

export interface Page {
  content: string;
  fileName?: string;
  /** The URL the page was served from (after redirects), when it was fetched. */
  url?: string;
  /** The kind the server declared; otherwise the file name or the content decides. */
  kind?: InputKind;
}

export interface Dating {
  /** The user's --published, already normalised. */
  published?: string;
  /** true: --published wins over the page's date (one article); false: it only fills in. */
  overrides: boolean;
  title?: string;
}

export const DATE_HINT = 'pass --published YYYY-MM-DD';

// What ingest looks in for a date, by kind of input: said in the refusal so the user knows
// whether a page was read at all. Keep in step with src/lib/ingest.
const LOOKED_FOR: Record<InputKind, string> = {
  html: 'no publication date in the page (looked for JSON-LD, meta tags, microdata, <time>, the URL and a dateline)',
  markdown: 'no publication date in the front matter (looked for date, published, datePublished, pubdate)',
  text: 'no publication date (a plain-text article carries no metadata)',
};

/** A page Newsline will not make a document of. `reason` fits after "refused: ". */
export class Refusal extends UsageError {
  constructor(
    readonly reason: string,
    hint?: string,
  ) {
    super(hint ? `${reason}: ${hint}` : reason);
  }
}

export function pageToDocument(page: Page, dating: Dating): NewslineDocument {
  const binary = binaryKind(page.content);
  if (binary) throw new Refusal(`not an article: it is ${binary}, not text`);
  const kind = page.kind ?? sniffKind(page.content, page.fileName);
  const article = ingest(page.content, { kind, fileName: page.fileName, url: page.url ?? null, parseHtml: parseHtmlNode });
  // An empty .txt is a valid empty article; a page with no story left is a wrong page. (A
  // pipeline may feed short items, so the app's floor for a dropped page is not applied here.)
  const chars = article.text.trim().length;
  if (kind === 'html' && chars === 0) {
    throw new Refusal('no article text in the page (only navigation, scripts or furniture): it does not look like an article');
  }

  const given = dating.published !== undefined && (dating.overrides || !article.published);
  const published = given ? dating.published : article.published;
  if (!published) throw new Refusal(LOOKED_FOR[kind], DATE_HINT);
  const publishedFrom = given ? 'given' : article.publishedFrom;
  return extract(article.text, {
    title: dating.title ?? article.title,
    published,
    ...(publishedFrom ? { publishedFrom } : {}),
    url: article.url ?? page.url ?? null,
    publisher: article.publisher,
  });
}
