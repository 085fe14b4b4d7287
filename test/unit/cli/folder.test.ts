// `newsline extract DIR --out OUTDIR` over a temporary folder: what it writes, what it says on
// stderr, and its exit status.
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { outputNames } from '../../../src/cli/folder';
import type { NewslineDocument } from '../../../src/lib/document';
import { run } from './run';

const page = (published: string | null, body: string) =>
  `<!doctype html><html><head><title>Ledger</title>${published ? `<meta property="article:published_time" content="${published}">` : ''}` +
  `</head><body><article><p>${body}</p></article></body></html>`;

const made: string[] = [];
afterAll(() => made.forEach((d) => rmSync(d, { recursive: true, force: true })));

/** A temporary folder, removed when the tests end. */
function tempFolder(): string {
  const dir = mkdtempSync(join(tmpdir(), 'newsline-folder-'));
  made.push(dir);
  return dir;
}

/** A folder with two good pages, one without a date, two unreadable ones and two non-pages. */
function folder(): string {
  const dir = tempFolder();
  writeFileSync(join(dir, 'bridge.html'), page('2024-03-08', 'The council voted on Tuesday to close the bridge.'));
  writeFileSync(join(dir, 'harbor.md'), '---\ntitle: Harbor\ndate: 2023-01-10\n---\n\nThe harbor will reopen in March.\n');
  writeFileSync(join(dir, 'undated.html'), page(null, 'The mayor resigned on Friday.'));
  // Tests run as root, where chmod 000 does not stop a read: a dangling link and a directory
  // with a page's name are unreadable for everyone.
  symlinkSync(join(dir, 'nowhere.html'), join(dir, 'gone.html'));
  mkdirSync(join(dir, 'saved.html'));
  writeFileSync(join(dir, 'photo.jpg'), 'not a page');
  mkdirSync(join(dir, 'assets'));
  return dir;
}

const read = (path: string) => JSON.parse(readFileSync(path, 'utf8')) as NewslineDocument;

describe('newsline extract DIR --out OUTDIR', () => {
  it('writes one document per page, reports each page on stderr and exits 1 when some were refused', async () => {
    const dir = folder();
    const out = join(dir, 'out', 'docs');
    const { code, stdout, stderr } = await run(['extract', dir, '--out', out]);
    expect(stdout).toBe('');
    expect(stderr).toBe(
      [
        'skipping 2 entries that are not a page (.html, .htm, .txt, .md): assets/, photo.jpg',
        '[1/5] bridge.html: ok (date 2024-03-08 from meta, 1 event)',
        '[2/5] gone.html: unreadable: broken symbolic link',
        '[3/5] harbor.md: ok (date 2023-01-10 from meta, 1 event)',
        '[4/5] saved.html: unreadable: is a directory',
        '[5/5] undated.html: refused: no publication date in the page (looked for JSON-LD, meta tags, microdata, <time>, the URL and a dateline)',
        `5 pages: 2 ok, 1 refused, 2 unreadable; documents in ${out} (pass --published YYYY-MM-DD to date the 1 undated)`,
        '',
      ].join('\n'),
    );
    expect(code).toBe(1);
    expect(readdirSync(out).sort()).toEqual(['bridge.json', 'harbor.json']);
    const bridge = read(join(out, 'bridge.json'));
    expect(bridge.article).toEqual({ title: 'Ledger', published: '2024-03-08', publishedFrom: 'meta', url: null, publisher: null });
    expect(bridge.events.map((e) => [e.label, e.when.start])).toEqual([['The council voted to close the bridge', '2024-03-05']]);
    expect(read(join(out, 'harbor.json')).events.map((e) => [e.status, e.when.start])).toEqual([['projected', '2023-03-01']]);
  });

  it('dates only the undated pages with --published, and exits 0 when every page gave a document', async () => {
    const dir = tempFolder();
    writeFileSync(join(dir, 'bridge.html'), page('2024-03-08', 'The council voted on Tuesday to close the bridge.'));
    writeFileSync(join(dir, 'undated.html'), page(null, 'The mayor resigned on Friday.'));
    const out = join(dir, 'out');
    const { code, stderr } = await run(['extract', dir, '--out', out, '--published', '2024-06-01']);
    expect(stderr).toBe(
      '[1/2] bridge.html: ok (date 2024-03-08 from meta, 1 event)\n' +
        '[2/2] undated.html: ok (date 2024-06-01 from given, 1 event)\n' +
        `2 pages: 2 ok; documents in ${out}\n`,
    );
    expect(code).toBe(0);
    expect(read(join(out, 'undated.json')).article).toMatchObject({ published: '2024-06-01', publishedFrom: 'given' });
    expect(read(join(out, 'bridge.json')).article).toMatchObject({ published: '2024-03-08', publishedFrom: 'meta' });
  });

  it('writes TimeML files with --format timeml', async () => {
    const dir = tempFolder();
    writeFileSync(join(dir, 'story.txt'), 'The council met on Monday.');
    const out = join(dir, 'out');
    expect((await run(['extract', dir, '--out', out, '--published', '2025-11-05', '--format', 'timeml'])).code).toBe(0);
    expect(readFileSync(join(out, 'story.tml'), 'utf8')).toContain('met on <TIMEX3 tid="t1" type="DATE" value="2025-11-03">Monday</TIMEX3>.');
  });

  it.each([
    ['no --out', (d: string) => ['extract', d], (d: string) => `${d} is a folder: pass --out OUTDIR to write one document per page`],
    ['--title', (d: string) => ['extract', d, '--out', join(d, 'o'), '--title', 'T'], () => '--title names one article; it cannot apply to a folder'],
    ['no pages', (d: string) => ['extract', join(d, 'assets'), '--out', join(d, 'o')], (d: string) => `no pages in ${join(d, 'assets')} (looked for .html, .htm, .txt, .md files)`],
    ['an OUTDIR that is a file', (d: string) => ['extract', d, '--out', join(d, 'photo.jpg')], (d: string) => `cannot create ${join(d, 'photo.jpg')}: a file of that name is in the way`],
  ])('refuses a folder run with %s: one line, exit 2, nothing written', async (_, argv, message) => {
    const dir = folder();
    expect(await run(argv(dir))).toEqual({ code: 2, stdout: '', stderr: `newsline: ${message(dir)}\n` });
    expect(existsSync(join(dir, 'o'))).toBe(false);
  });
});

describe('outputNames', () => {
  it('drops the extension unless two pages share a name', () => {
    expect([...outputNames(['a.html', 'a.txt', 'b.htm'], '.json')]).toEqual([
      ['a.html', 'a.html.json'],
      ['a.txt', 'a.txt.json'],
      ['b.htm', 'b.json'],
    ]);
  });
});
