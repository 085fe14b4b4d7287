// `newsline extract URL`: one news page over HTTP(S) -> its decoded text, the URL it was finally
// served from, and its kind. Node's built-in fetch, with the limits a pipeline needs: redirects
// followed by hand (so each hop is checked and loops are named), one deadline for the whole
// exchange, a size cap enforced while streaming, and one-line errors. Knows nothing of what a
// page means.
import { decodePage } from './charset';
import { UsageError } from './io';

export interface FetchLimits {
  /** The whole exchange, redirects and body included. */
  timeoutMs: number;
  /** Bytes of body (after content decoding: a gzip bomb stops here too). */
  maxBytes: number;
  maxRedirects: number;
}

export const FETCH_LIMITS: FetchLimits = { timeoutMs: 20_000, maxBytes: 10 * 2 ** 20, maxRedirects: 10 };

export interface FetchedPage {
  content: string;
  /** Where the page was served from, after redirects. */
  url: string;
  /** From the Content-Type; undefined when the server did not say, so the content decides. */
  kind?: 'html' | 'text' | 'markdown';
}

const HEADERS = {
  accept: 'text/html,application/xhtml+xml;q=0.9,text/plain;q=0.5,*/*;q=0.1',
  'accept-language': 'en;q=1.0,*;q=0.5',
  'user-agent': 'Mozilla/5.0 (compatible; Newsline/0.1; +news timeline extractor)',
};
const KINDS: Record<string, FetchedPage['kind']> = {
  'text/html': 'html',
  'application/xhtml+xml': 'html',
  'text/plain': 'text',
  'text/markdown': 'markdown',
};
const REDIRECTS = new Set([301, 302, 303, 307, 308]);
const REASONS: Record<string, string> = {
  ENOTFOUND: 'no such host',
  EAI_AGAIN: 'name lookup failed',
  ECONNREFUSED: 'connection refused',
  ECONNRESET: 'connection reset',
  ETIMEDOUT: 'connection timed out',
  UND_ERR_CONNECT_TIMEOUT: 'connection timed out',
  ENETUNREACH: 'network unreachable',
  EHOSTUNREACH: 'host unreachable',
};

const seconds = (ms: number) => (ms % 1000 === 0 ? `${ms / 1000} s` : `${ms} ms`);
const size = (bytes: number) => (bytes % 2 ** 20 === 0 ? `${bytes / 2 ** 20} MB` : `${bytes} bytes`);

/** An http(s) URL, or a one-line refusal. */
export function checkUrl(raw: string, base?: string): URL {
  let url: URL;
  try {
    url = new URL(raw, base);
  } catch {
    throw new UsageError(`not a URL: ${raw}`);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw new UsageError(`cannot fetch ${url.href}: only http and https URLs are fetched`);
  }
  return url;
}

export async function fetchPage(raw: string, limits: Partial<FetchLimits> = {}): Promise<FetchedPage> {
  const { timeoutMs, maxBytes, maxRedirects } = { ...FETCH_LIMITS, ...limits };
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), timeoutMs);
  let url = checkUrl(raw);
  const fail = (why: string) => new UsageError(`cannot fetch ${url.href}: ${why}`);
  let reading = false;
  try {
    const seen = new Set<string>();
    for (;;) {
      seen.add(url.href);
      const response = await fetch(url, { headers: HEADERS, redirect: 'manual', signal: controller.signal });
      const location = response.headers.get('location');
      if (REDIRECTS.has(response.status) && location) {
        await response.body?.cancel();
        const next = checkUrl(location, url.href);
        if (seen.has(next.href)) throw fail(`redirect loop (back to ${next.href})`);
        if (seen.size > maxRedirects) throw fail(`more than ${maxRedirects} redirects`);
        url = next;
        continue;
      }
      if (!response.ok) {
        await response.body?.cancel();
        throw fail(`HTTP ${response.status}${response.statusText ? ` ${response.statusText}` : ''}`);
      }
      const contentType = response.headers.get('content-type');
      const mime = (contentType ?? '').split(';')[0].trim().toLowerCase();
      if (mime && !Object.hasOwn(KINDS, mime)) {
        await response.body?.cancel();
        throw fail(`it is ${mime}, not an HTML page`);
      }
      const length = Number(response.headers.get('content-length'));
      if (length > maxBytes) {
        await response.body?.cancel();
        throw fail(`the page is larger than ${size(maxBytes)}`);
      }
      reading = true;
      const bytes = await readCapped(response, maxBytes, () => fail(`the page is larger than ${size(maxBytes)}`));
      return { content: decodePage(bytes, contentType), url: url.href, kind: mime ? KINDS[mime] : undefined };
    }
  } catch (error) {
    if (error instanceof UsageError) throw error;
    if (controller.signal.aborted) throw fail(`no complete answer within ${seconds(timeoutMs)}`);
    if (reading) throw fail('the connection broke while reading the page');
    // Node's fetch throws "fetch failed"; what went wrong is in its cause.
    const cause = ((error as { cause?: unknown }).cause ?? error) as NodeJS.ErrnoException;
    const why = REASONS[cause.code ?? ''] ?? cause.code ?? cause.message;
    throw fail(`could not reach ${url.host} (${why})`);
  } finally {
    clearTimeout(timer);
  }
}

/** The body, read chunk by chunk and given up on as soon as it passes the cap. */
async function readCapped(response: Response, maxBytes: number, tooBig: () => Error): Promise<Uint8Array> {
  if (!response.body) return new Uint8Array();
  const reader = response.body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > maxBytes) {
      await reader.cancel();
      throw tooBig();
    }
    chunks.push(value);
  }
  return Buffer.concat(chunks);
}
