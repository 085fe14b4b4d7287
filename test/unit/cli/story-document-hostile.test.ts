// What must NOT happen when `newsline story DIR --format document` reads a hostile folder: a
// document that no longer parses or that readDocument refuses or trims, an article lost from it,
// a payload changed on its way into the text, a source outside its article, or live markup in
// the picture `newsline render` draws of it.
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { articleAt } from '../../../src/lib/story/document';
import { readDocument } from '../../../src/lib/validate';
import { liveMarkup } from '../fuzz/live-markup';
import { PAYLOADS } from '../fuzz/payloads';
import { run } from './run';

const root = mkdtempSync(join(tmpdir(), 'newsline-story-document-hostile-'));
const dir = join(root, 'story');
afterAll(() => rmSync(root, { recursive: true, force: true }));

const prose = (i: number, extra = '') =>
  `The port authority said on Monday that the strike had closed the harbor for the ${i + 1}th day. ${extra}\n\n` +
  'Union leaders will meet the authority on Friday, officials said.\n';
mkdirSync(join(dir, '2024-05-06'), { recursive: true });
PAYLOADS.forEach((p, i) => writeFileSync(join(dir, '2024-05-06', `payload-${String(i).padStart(2, '0')}.txt`), prose(i, `${p} was posted on Monday.`)));
writeFileSync(join(dir, '2024-05-07-line\nbreak.txt'), prose(90));
writeFileSync(join(dir, '2024-05-07-nul.txt'), `${prose(91)}\u0000\u0000`);
writeFileSync(join(dir, '2024-05-07-surrogates.txt'), `${prose(92)} \uD800 \uDFFF`);
writeFileSync(join(dir, '2024-05-07-blank-lines.txt'), `\n\n\n${prose(93)}\n\n\n`);
writeFileSync(join(dir, '2024-05-07-__proto__.txt'), prose(94, '{"__proto__": {"polluted": 1}}'));
// A file with NUL in it is taken for a binary file and skipped, as `--format json` does.
const DATED = PAYLOADS.length + 5;
const BINARY = PAYLOADS.filter((p) => p.includes('\u0000')).length + 1;

describe('newsline story --format document over a hostile folder', { timeout: 30_000 }, () => {
  it('prints a document that readDocument takes whole, every article and payload in it', async () => {
    const { code, stdout, stderr } = await run(['story', dir, '--format', 'document', '--dates', '5', '--sentences', '3']);
    expect(code).toBe(0);
    const raw = JSON.parse(stdout);
    const doc = readDocument(raw);
    expect(doc).toEqual(raw);
    expect(stderr.match(/^skipped .*binary file/gm)).toHaveLength(BINARY);
    expect(doc.articles).toHaveLength(DATED - BINARY);
    expect(doc.articles!.map((a) => a.id)).toContain('2024-05-07-line\nbreak.txt');
    // a lone surrogate cannot be written to a UTF-8 file: it is read back as U+FFFD
    for (const p of PAYLOADS.filter((p) => !p.includes('\u0000') && Buffer.from(p).toString() === p)) expect(doc.text).toContain(p);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    for (const e of doc.events) {
      for (const s of e.sources!) {
        const article = articleAt(doc.articles, s.start);
        expect(article).not.toBeNull();
        expect(s.end).toBeLessThanOrEqual(article!.end);
      }
    }
  });

  it('is drawn by newsline render with no live markup', async () => {
    const { stdout } = await run(['story', dir, '--format', 'document', '--dates', '5', '--sentences', '3']);
    const path = join(root, 'story.json');
    writeFileSync(path, stdout);
    const svg = join(root, 'story.svg');
    const rendered = await run(['render', path, '--svg', svg]);
    expect(rendered.code).toBe(0);
    expect(liveMarkup(readFileSync(svg, 'utf8'))).toEqual([]);
  });
});
