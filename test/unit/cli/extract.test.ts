import { mkdtempSync, readFileSync, rmSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { NewslineDocument } from '../../../src/lib/document';
import { run } from './run';

const dir = mkdtempSync(join(tmpdir(), 'newsline-cli-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const write = (name: string, content: string | Buffer) => {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
};
const story = write('story.txt', 'The council met on Monday.\r\nIt will vote in March.\n\nCOMMENTS\n');
const page = new URL('../../fixtures/council.html', import.meta.url).pathname;

describe('newsline extract (json)', () => {
  it('prints the v1 document with 2-space indentation, the .txt text byte for byte', async () => {
    const { code, stdout, stderr } = await run(['extract', story, '--published', '2025-11-05']);
    expect([code, stderr]).toEqual([0, '']);
    expect(stdout).toMatch(/^\{\n {2}"version": 1,\n/);
    const doc = JSON.parse(stdout) as NewslineDocument;
    expect(doc.text).toBe(readFileSync(story, 'utf8'));
    expect(doc.article).toEqual({ title: null, published: '2025-11-05', publishedFrom: 'given', url: null, publisher: null });
    expect(doc.events.map((e) => [e.label, e.status, e.when.start])).toEqual([
      ['The council met', 'past', '2025-11-03'],
      ['The council will vote', 'projected', '2026-03-01'],
    ]);
    for (const t of doc.timexes) expect(doc.text.slice(t.start, t.end)).toBe(t.text);
  });

  it('writes a --published with a space or a zone the document way', async () => {
    const { stdout } = await run(['extract', '-', '--published', '2025-11-05 08:30:15Z'], 'Text.');
    expect((JSON.parse(stdout) as NewslineDocument).article.published).toBe('2025-11-05T08:30:15');
  });

  it('extracts a span at the calendar\'s two ends: published 9999-06-01 and 0001-06-01', async () => {
    const late = await run(['extract', '-', '--published', '9999-06-01'], 'between March and May officials met');
    expect(late.stderr).toBe('');
    const doc = JSON.parse(late.stdout) as NewslineDocument;
    expect(doc.events.map((e) => [e.when.start, e.when.end])).toEqual([['9999-03-01', '9999-05-31']]);
    const early = await run(['extract', '-', '--published', '0001-06-01'], 'between March and May officials met');
    expect([early.code, (JSON.parse(early.stdout) as NewslineDocument).article.published]).toEqual([0, '0001-06-01']);
    expect((JSON.parse(early.stdout) as NewslineDocument).events.map((e) => [e.when.start, e.when.end])).toEqual([['0001-03-01', '0001-05-31']]);
  });

  it('reads standard input for "-" and takes --published=DATE and --title', async () => {
    const { code, stdout } = await run(['extract', '-', '--published=2025-11-05T08:30', '--title', 'Council'], 'The council met on Monday.');
    const doc = JSON.parse(stdout) as NewslineDocument;
    expect(code).toBe(0);
    expect(doc.article).toMatchObject({ title: 'Council', published: '2025-11-05T08:30' });
  });

  it('takes the date, title and publisher from an HTML page, and --published overrides its date', async () => {
    const fromPage = JSON.parse((await run(['extract', page])).stdout) as NewslineDocument;
    expect(fromPage.article).toEqual({ title: 'Council votes to close Mill Street bridge', published: '2024-03-08T18:30:00', publishedFrom: 'json-ld', url: 'https://ledger.example/news/bridge', publisher: 'Riverton Ledger' });
    expect(fromPage.events.map((e) => e.when.start)).toEqual(['2024-03-05', '2024-05-01']);
    const overridden = JSON.parse((await run(['extract', page, '--published', '2024-04-01'])).stdout) as NewslineDocument;
    expect([overridden.article.published, overridden.article.publishedFrom]).toEqual(['2024-04-01', 'given']);
  });

  it('gives a valid empty document for an empty article', async () => {
    const { code, stdout } = await run(['extract', write('empty.txt', ''), '--published', '2025-11-05']);
    expect(code).toBe(0);
    expect(JSON.parse(stdout)).toEqual({ version: 1, article: { title: null, published: '2025-11-05', publishedFrom: 'given', url: null, publisher: null }, text: '', timexes: [], events: [] });
  });

  it('refuses a page file over 10 MB in one line without reading it', async () => {
    const huge = write('huge.html', '<html><body><p>x</p>');
    truncateSync(huge, 50 * 2 ** 20); // sparse: 50 MB on paper, nothing to write
    const { code, stdout, stderr } = await run(['extract', huge, '--published', '2025-11-05']);
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toBe(`newsline: cannot read ${huge}: it is 50.0 MB; newsline reads articles up to 10 MB (an article page is rarely over 2 MB)\n`);
  });

  it('refuses binary junk, a PDF and an image in one line each, whatever their names say', async () => {
    const junk = Buffer.from(Array.from({ length: 20000 }, (_, i) => (i * 7919 + 13) % 256));
    const cases: [string, Buffer | string, string][] = [
      ['junk.bin', junk, 'a binary file'],
      ['report.html', '%PDF-1.7\n1 0 obj << /Type /Catalog >>', 'a PDF'],
      ['photo.txt', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]), 'an image'],
    ];
    for (const [name, content, what] of cases) {
      const { code, stdout, stderr } = await run(['extract', write(name, content), '--published', '2025-11-05']);
      expect([code, stdout, stderr]).toEqual([2, '', `newsline: not an article: it is ${what}, not text\n`]);
    }
  });
});

describe('newsline extract --format timeml', () => {
  it('prints inline TIMEX3 tags in the XML-escaped text and the publication date as DCT', async () => {
    const file = write('amp.txt', 'Smith & Sons <Ltd> closed on Monday.');
    const { code, stdout } = await run(['extract', file, '--published', '2025-11-05', '--format', 'timeml']);
    expect(code).toBe(0);
    expect(stdout).toBe(
      '<?xml version="1.0" encoding="UTF-8"?>\n<TimeML>\n' +
        '<DCT><TIMEX3 tid="t0" type="DATE" value="2025-11-05" functionInDocument="CREATION_TIME">2025-11-05</TIMEX3></DCT>\n' +
        '<TEXT>Smith &amp; Sons &lt;Ltd&gt; closed on <TIMEX3 tid="t1" type="DATE" value="2025-11-03">Monday</TIMEX3>.</TEXT>\n</TimeML>\n',
    );
  });
});

describe('newsline errors', () => {
  const dateless = write('dateless.txt', 'The council met on Monday.');
  it.each([
    ['no publication date', ['extract', dateless], 'newsline: no publication date (a plain-text article carries no metadata): pass --published YYYY-MM-DD'],
    ['a missing file', ['extract', join(dir, 'nope.txt'), '--published', '2025-11-05'], `newsline: cannot read ${join(dir, 'nope.txt')}: no such file`],
    ['a directory without --out', ['extract', dir, '--published', '2025-11-05'], `newsline: ${dir} is a folder: pass --out OUTDIR to write one document per page`],
    ['--out with a file', ['extract', dateless, '--out', dir], `newsline: --out is for a folder; the document for ${dateless} goes to standard output`],
    ['an invalid date', ['extract', dateless, '--published', '2025-02-30'], 'newsline: invalid publication date: 2025-02-30 (use YYYY-MM-DD or YYYY-MM-DDTHH:MM[:SS])'],
    ['year 0000', ['extract', dateless, '--published', '0000-01-01'], 'newsline: invalid publication date: 0000-01-01 (use YYYY-MM-DD or YYYY-MM-DDTHH:MM[:SS])'],
    ['a five-digit year', ['extract', dateless, '--published', '10000-01-01'], 'newsline: invalid publication date: 10000-01-01 (use YYYY-MM-DD or YYYY-MM-DDTHH:MM[:SS])'],
    ['a date in another format', ['extract', dateless, '--published', '05/11/2025'], 'newsline: invalid publication date: 05/11/2025 (use YYYY-MM-DD or YYYY-MM-DDTHH:MM[:SS])'],
    ['an unknown option', ['extract', dateless, '--verbose'], 'newsline: unknown option: --verbose'],
    ['an unknown format', ['extract', dateless, '--published', '2025-11-05', '--format', 'xml'], 'newsline: unknown format: xml (use json or timeml)'],
    ['an option with no value', ['extract', dateless, '--published'], 'newsline: option --published needs a value'],
    ['no file', ['extract'], 'newsline: extract needs a FILE, URL or DIR (or - for standard input)'],
    ['an unknown command', ['frobnicate'], 'newsline: unknown command: frobnicate (try newsline --help)'],
  ])('%s: one line on stderr, exit 2, nothing on stdout', async (_, argv, message) => {
    expect(await run(argv)).toEqual({ code: 2, stdout: '', stderr: `${message}\n` });
  });

  it('never falls back to today when no date is given', async () => {
    const { stdout } = await run(['extract', dateless]);
    expect(stdout).toBe('');
  });

  it('prints usage for --help, exit 0', async () => {
    const top = await run(['--help']);
    expect(top.code).toBe(0);
    expect(top.stdout).toContain('newsline extract FILE|URL|- [--published DATE] [--title T] [--format json|timeml]\n  newsline extract DIR --out OUTDIR [--published DATE] [--format json|timeml]\n');
    const sub = await run(['extract', '--help']);
    expect([sub.code, sub.stdout.startsWith('usage: newsline extract')]).toEqual([0, true]);
  });
});

describe('newsline extract on an article in another language', () => {
  it('says on stderr that it reads English only, and still prints the document with its text', async () => {
    const text = 'Der Hafenrat hat am Dienstag beschlossen, die nördliche Fahrrinne vor den Winterstürmen auszubaggern, und damit einen Streit beendet, der drei Jahre gedauert hatte. Die Arbeiten sollen im März beginnen und vier Millionen Dollar kosten, den größten Teil zahlt das Land.';
    const { code, stdout, stderr } = await run(['extract', '-', '--published', '2025-11-05'], text);
    expect(code).toBe(0);
    expect(stderr).toContain('does not read as English');
    const doc = JSON.parse(stdout) as NewslineDocument;
    expect([doc.text, doc.events]).toEqual([text, []]);
  });
});
