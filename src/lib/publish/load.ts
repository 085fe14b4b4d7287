// Where an embed gets its document: the URL fragment (#doc=...) first, then ?src=URL.
// Every failure becomes one sentence a reader can understand, shown inside the frame.
// Must not know how the document is drawn; fetch is passed in so Node tests need no network.
import type { NewslineDocument } from '../document';
import { readDocument } from '../validate';
import { decodeDocumentFragment, MAX_DOCUMENT_BYTES } from './fragment';

export interface EmbedLocation {
  search: string;
  hash: string;
  href: string;
}

type Fetch = (url: string, init: RequestInit) => Promise<Response>;

export async function loadEmbedDocument(where: EmbedLocation, fetchImpl: Fetch): Promise<NewslineDocument> {
  const hash = where.hash.replace(/^#/, '');
  const fragment = new URLSearchParams(hash).get('doc');
  if (fragment) return readDocument(await decodeDocumentFragment(fragment));
  const src = new URLSearchParams(where.search).get('src');
  if (!src) throw new Error('No timeline was given to this embed: its address needs ?src=<document URL> or #doc=<fragment>.');
  return fetchDocument(src, where.href, fetchImpl);
}

/** The document at `src` (resolved against `base`), validated. */
export async function fetchDocument(src: string, base: string, fetchImpl: Fetch): Promise<NewslineDocument> {
  return readDocument(await fetchJson(src, base, fetchImpl));
}

/** A document written inline in the page (<script type="application/json">), validated. */
export function readInlineDocument(json: string): NewslineDocument {
  let value: unknown;
  try {
    value = JSON.parse(json);
  } catch {
    throw new Error('The timeline written into this page is not valid JSON.');
  }
  return readDocument(value);
}

async function fetchJson(src: string, base: string, fetchImpl: Fetch): Promise<unknown> {
  let url: URL;
  try {
    url = new URL(src, base);
  } catch {
    throw new Error(`The timeline address "${src.slice(0, 80)}" is not a valid URL.`);
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    throw new Error(`The timeline address must start with https:// (found ${url.protocol}).`);
  }
  let response: Response;
  try {
    response = await fetchImpl(url.href, { credentials: 'omit', headers: { accept: 'application/json' } });
  } catch {
    throw new Error(`The timeline could not be loaded from ${url.host}: the server did not answer or does not allow embedding (CORS).`);
  }
  if (!response.ok) throw new Error(`The timeline could not be loaded from ${url.host}: the server answered ${response.status}.`);
  const text = await response.text();
  if (text.length > MAX_DOCUMENT_BYTES) throw new Error('The timeline document is too large to show.');
  try {
    return JSON.parse(text);
  } catch {
    throw new Error(`The file at ${url.host}${url.pathname} is not a timeline: it is not JSON.`);
  }
}
