// A Newsline document -> inline TimeML: the text with its TIMEX3 tags in place and the
// publication date as the document creation time. Knows nothing of how timexes were found.
import type { NewslineDocument } from '../lib/document';

// XML 1.0 forbids most control characters and lone surrogates: binary junk becomes U+FFFD so
// the output always parses.
const NOT_XML = /[^\t\n\r\u0020-\ud7ff\ue000-\ufffd\u{10000}-\u{10ffff}]/gu;

export function escapeXml(s: string): string {
  return s
    .replace(NOT_XML, '\ufffd')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;');
}

export function toTimeML(doc: NewslineDocument): string {
  const published = doc.article.published;
  const dctType = published.includes('T') ? 'TIME' : 'DATE';
  let body = '';
  let at = 0;
  doc.timexes.forEach((t, i) => {
    if (t.start < at) return; // overlapping spans cannot nest inline; keep the first
    const mod = t.mod ? ` mod="${escapeXml(t.mod)}"` : '';
    body += escapeXml(doc.text.slice(at, t.start));
    body += `<TIMEX3 tid="t${i + 1}" type="${t.type}" value="${escapeXml(t.value)}"${mod}>`;
    body += `${escapeXml(doc.text.slice(t.start, t.end))}</TIMEX3>`;
    at = t.end;
  });
  body += escapeXml(doc.text.slice(at));
  return (
    '<?xml version="1.0" encoding="UTF-8"?>\n<TimeML>\n' +
    `<DCT><TIMEX3 tid="t0" type="${dctType}" value="${escapeXml(published)}" functionInDocument="CREATION_TIME">${escapeXml(published)}</TIMEX3></DCT>\n` +
    `<TEXT>${body}</TEXT>\n</TimeML>\n`
  );
}
