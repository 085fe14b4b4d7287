// A page's bytes -> its text, in the order browsers decide the encoding: a byte-order mark,
// then the charset of the Content-Type header, then a <meta charset> near the top, else
// UTF-8 (and windows-1252 when the bytes are not valid UTF-8: unlabelled legacy pages are
// nearly always that). Knows nothing of HTTP or of what the page says.

const META_CHARSET = /<meta\b[^>]*?charset\s*=\s*["']?\s*([\w.:-]+)/i;
// A page announces its encoding at the top; the HTML standard looks in the first 1024 bytes,
// real pages put it after long comments and scripts, so a little further.
const PRESCAN_BYTES = 4096;

/** The `charset` parameter of a Content-Type header value, if any. */
export function headerCharset(contentType: string | null): string | null {
  const m = /;\s*charset\s*=\s*["']?([^"';\s]+)/i.exec(contentType ?? '');
  return m ? m[1] : null;
}

function bomEncoding(bytes: Uint8Array): string | null {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return 'utf-8';
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be';
  return null;
}

function metaCharset(bytes: Uint8Array): string | null {
  // latin1 maps every byte to one character, so the ASCII markup reads right whatever follows.
  const head = Buffer.from(bytes.buffer, bytes.byteOffset, Math.min(bytes.length, PRESCAN_BYTES)).toString('latin1');
  const m = META_CHARSET.exec(head);
  // A page in UTF-16 cannot be read this way at all, so a meta saying so is wrong (the standard
  // reads such a label as UTF-8).
  return m ? (/^utf-?16/i.test(m[1]) ? 'utf-8' : m[1]) : null;
}

// Node 20's TextDecoder reads windows-1252 (and so iso-8859-1 and ascii, its aliases) as
// Latin-1, leaving 0x80-0x9F as C1 controls; those bytes are the curly quotes, dashes and euro
// sign of every legacy news page. The WHATWG table for them, 0x80 first; the five bytes it
// leaves undefined (U+FFFD here) stay the control characters they were, as the standard says.
const CP1252_HIGH = '€\ufffd‚ƒ„…†‡ˆ‰Š‹Œ\ufffdŽ\ufffd\ufffd‘’“”•–—˜™š›œ\ufffdžŸ';

interface Decoder {
  decode(bytes: Uint8Array): string;
}

const windows1252: Decoder = {
  decode: (bytes) =>
    Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength)
      .toString('latin1')
      .replace(/[\x80-\x9f]/g, (c) => (CP1252_HIGH[c.charCodeAt(0) - 0x80] === '\ufffd' ? c : CP1252_HIGH[c.charCodeAt(0) - 0x80])),
};

/** A decoder for a label TextDecoder knows, else null (an unknown label is ignored, not fatal). */
function decoderFor(label: string | null): Decoder | null {
  if (!label) return null;
  try {
    const decoder = new TextDecoder(label.trim());
    return decoder.encoding === 'windows-1252' ? windows1252 : decoder;
  } catch {
    return null;
  }
}

export function decodePage(bytes: Uint8Array, contentType: string | null = null): string {
  const labelled = decoderFor(bomEncoding(bytes)) ?? decoderFor(headerCharset(contentType)) ?? decoderFor(metaCharset(bytes));
  if (labelled) return labelled.decode(bytes);
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return windows1252.decode(bytes);
  }
}
