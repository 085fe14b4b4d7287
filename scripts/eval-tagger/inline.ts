// One annotation file's TIMEX3 set inline into its article's text: the lines `surface | TYPE |
// VALUE`, in reading order, each found after the previous one on word boundaries, so a file reads
// like the article it annotates. Shared by build-news.ts and build-wire.ts. Knows nothing of the
// tagger or of where the text came from.

export const escapeXml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const isWord = (c: string | undefined) => c !== undefined && /[\p{L}\p{N}]/u.test(c);

/** The TEXT body with its TIMEX3 elements, and how many annotated surfaces were not found. */
export function inlineTimexes(name: string, lines: readonly string[], body: string): { out: string; failures: number } {
  let from = 0;
  let out = '';
  let tid = 1;
  let failures = 0;
  for (const line of lines.filter((l) => l.trim() && !l.startsWith('#'))) {
    const [surface, type, value] = line.split('|').map((s) => s.trim());
    let at = body.indexOf(surface, from);
    while (at >= 0 && (isWord(body[at - 1]) || isWord(body[at + surface.length]))) at = body.indexOf(surface, at + 1);
    if (at < 0) {
      console.error(`${name}: '${surface}' not found after offset ${from}`);
      failures++;
      continue;
    }
    out += escapeXml(body.slice(from, at)) + `<TIMEX3 tid="t${tid++}" type="${type}" value="${value}">${escapeXml(surface)}</TIMEX3>`;
    from = at + surface.length;
    console.log(`${name}\t${value}\t…${body.slice(Math.max(0, at - 30), at)}[${surface}]${body.slice(from, from + 20)}…`.replace(/\n/g, ' '));
  }
  return { out: out + escapeXml(body.slice(from)), failures };
}
