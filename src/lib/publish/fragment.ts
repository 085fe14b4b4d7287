// The URL-fragment codec: a whole document in `#doc=<payload>`, so a small timeline needs no
// hosting. JSON -> deflate-raw (CompressionStream, in every current browser and Node 18+) ->
// base64url. The fragment never reaches a server. This module must not know what a document
// means: decoding returns `unknown`, and the caller validates it (readDocument).

/** Decompressed documents larger than this are refused: a few KB of fragment must not inflate
 * into gigabytes (a deflate bomb). Real articles with their timelines stay far below. */
export const MAX_DOCUMENT_BYTES = 8 * 1024 * 1024;

const PREFIX = /^#?(?:doc=)?/;

export async function encodeDocumentFragment(doc: unknown): Promise<string> {
  const bytes = new TextEncoder().encode(JSON.stringify(doc));
  const compressed = await pipe(bytes, new CompressionStream('deflate-raw'), Infinity);
  return toBase64Url(compressed);
}

/** Accepts the payload alone, `doc=<payload>` or `#doc=<payload>`; throws a readable sentence. */
export async function decodeDocumentFragment(fragment: string): Promise<unknown> {
  const payload = fragment.trim().replace(PREFIX, '');
  if (payload === '') throw new Error('The link holds no timeline: its #doc= part is empty.');
  const bytes = fromBase64Url(payload);
  let inflated: Uint8Array;
  try {
    inflated = await pipe(bytes, new DecompressionStream('deflate-raw'), MAX_DOCUMENT_BYTES);
  } catch (err) {
    if (err instanceof RangeError) throw new Error(err.message);
    throw new Error('The timeline in this link is damaged: it could not be decompressed (was the link cut short?).');
  }
  const text = new TextDecoder('utf-8', { fatal: false }).decode(inflated);
  try {
    return JSON.parse(text);
  } catch {
    throw new Error('The timeline in this link is damaged: it is not valid JSON.');
  }
}

/** Runs bytes through a (de)compression stream, stopping once `limit` bytes have come out. */
async function pipe(input: Uint8Array, stream: CompressionStream | DecompressionStream, limit: number): Promise<Uint8Array> {
  const writer = stream.writable.getWriter();
  // Write and close without awaiting: the readable side must be drained concurrently.
  const written = writer.write(input as BufferSource).then(() => writer.close());
  written.catch(() => {});
  const reader = stream.readable.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > limit) {
      await reader.cancel().catch(() => {});
      throw new RangeError(`The timeline in this link is too large (over ${Math.round(limit / 1048576)} MB once unpacked).`);
    }
    chunks.push(value);
  }
  await written;
  const out = new Uint8Array(total);
  let at = 0;
  for (const c of chunks) {
    out.set(c, at);
    at += c.byteLength;
  }
  return out;
}

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';

export function toBase64Url(bytes: Uint8Array): string {
  let out = '';
  for (let i = 0; i < bytes.length; i += 3) {
    const n = (bytes[i] << 16) | ((bytes[i + 1] ?? 0) << 8) | (bytes[i + 2] ?? 0);
    const left = bytes.length - i;
    out += ALPHABET[(n >> 18) & 63] + ALPHABET[(n >> 12) & 63];
    if (left > 1) out += ALPHABET[(n >> 6) & 63];
    if (left > 2) out += ALPHABET[n & 63];
  }
  return out;
}

export function fromBase64Url(text: string): Uint8Array {
  // Tolerate standard base64 too (a CMS may have rewritten the link), but nothing else.
  const clean = text.replace(/=+$/, '').replace(/\+/g, '-').replace(/\//g, '_');
  const values = new Uint8Array(clean.length);
  for (let i = 0; i < clean.length; i++) {
    const v = ALPHABET.indexOf(clean[i]);
    if (v < 0) throw new Error('The timeline in this link is damaged: it holds characters a timeline link never has.');
    values[i] = v;
  }
  if (clean.length % 4 === 1) throw new Error('The timeline in this link is damaged: it was cut short.');
  const out = new Uint8Array(Math.floor((clean.length * 3) / 4));
  let at = 0;
  for (let i = 0; i < clean.length; i += 4) {
    const n = (values[i] << 18) | (values[i + 1] << 12) | ((values[i + 2] ?? 0) << 6) | (values[i + 3] ?? 0);
    if (at < out.length) out[at++] = (n >> 16) & 255;
    if (at < out.length) out[at++] = (n >> 8) & 255;
    if (at < out.length) out[at++] = n & 255;
  }
  return out;
}
