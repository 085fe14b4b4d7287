// What must NOT happen when `newsline story DIR` reads a hostile folder: a crash, a file lost
// without a word, a loop, JSON output that no longer parses, a payload changed on its way to
// the output, or a message that does not say which file and why. The folder holds file names
// with newlines, dots and flag-like names, names of 250 bytes, symbolic links (outside the
// folder, a loop, dangling), a chmod 000 file (read anyway: the tests run as root, and what root
// sees is what is tested), binary, empty and 10 MB files, and articles of hostile markup.
import { chmodSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ALL_IN_ONE, PAYLOADS } from '../fuzz/payloads';
import { run } from './run';

const root = mkdtempSync(join(tmpdir(), 'newsline-story-hostile-'));
const dir = join(root, 'story');
afterAll(() => rmSync(root, { recursive: true, force: true }));

const prose = (i: number, extra = '') =>
  `The port authority said on Monday that the strike had closed the harbor for the ${i + 1}th day. ${extra}\n\n` +
  'Union leaders will meet the authority on Friday, officials said.\n';

function put(name: string, content: string | Buffer): void {
  writeFileSync(join(dir, name), content);
}

mkdirSync(join(dir, '2024-05-06'), { recursive: true });
mkdirSync(join(dir, '2024-05-07'));
// Articles whose text is hostile markup, as plain text, Markdown and HTML.
PAYLOADS.forEach((p, i) => put(`2024-05-06/payload-${String(i).padStart(2, '0')}.txt`, prose(i, `${p} was posted on Monday.`)));
put('2024-05-07/markup.html', `<!doctype html><html><head><title>${PAYLOADS[0]}</title></head><body><article><h1>Harbor <img src=x onerror="self.__pwned=1"></h1><p>${prose(1, ALL_IN_ONE.replace(/</g, '&lt;'))}</p><script>self.__pwned=1</script></article></body></html>`);
put('2024-05-07/notes.md', `# ${PAYLOADS[1]}\n\n${prose(2, '[read](javascript:self.__pwned=1) ${x} {{y}}')}`);
// Hostile names.
put('2024-05-07-line\nbreak.txt', prose(3));
put('2024-05-07-..-..-etc-passwd.txt', prose(4));
put('--dates.txt', prose(5));
put('2024-05-07 --format json.txt', prose(6));
put(`2024-05-07-${'x'.repeat(230)}.txt`, prose(7));
put('2024-05-07-\u202Eevil\u202C.txt', prose(8));
put('2024-05-07-<script>.txt', prose(9));
// Links: outside the folder, a loop, dangling.
writeFileSync(join(root, 'outside.txt'), prose(10));
symlinkSync(join(root, 'outside.txt'), join(dir, '2024-05-07-outside-link.txt'));
symlinkSync(dir, join(dir, '2024-05-08-loop'));
symlinkSync(join(dir, 'loop.txt'), join(dir, 'loop.txt'));
symlinkSync(join(dir, 'nowhere.txt'), join(dir, '2024-05-07-dangling.txt'));
// Bad files.
put('2024-05-07-locked.txt', prose(11));
chmodSync(join(dir, '2024-05-07-locked.txt'), 0o000);
put('2024-05-07-binary.txt', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0x0d, ...Array.from({ length: 2000 }, (_, i) => i % 256)]));
put('2024-05-07-empty.txt', '');
put('2024-05-07-huge.txt', 'The harbor stayed shut on Monday. '.repeat(Math.ceil((10 * 2 ** 20 + 10) / 34)));
put('2024-05-07-nul.txt', `${prose(12)}\u0000\u0000`);
put('2024-05-07-surrogates.txt', `${prose(13)} \uD800 \uDFFF`);

describe('newsline story over a hostile folder', { timeout: 30_000 }, () => {
  it('prints valid JSON whose sentences are the text of their articles at their offsets, payloads included', async () => {
    const { code, stdout } = await run(['story', dir, '--format', 'json', '--dates', '30', '--sentences', '5']);
    expect(code).toBe(0);
    const out = JSON.parse(stdout) as { timeline: { date: string; sentences: string[]; sources: { article: string; start: number; end: number }[] }[] };
    let payloads = 0;
    for (const entry of out.timeline) {
      expect(entry.date).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(entry.sources).toHaveLength(entry.sentences.length);
      entry.sources.forEach((source, i) => {
        if (!/^2024-05-06\/payload-\d+\.txt$/.test(source.article)) return;
        expect(readFileSync(join(dir, source.article), 'utf8').slice(source.start, source.end)).toBe(entry.sentences[i]);
        if (/[<>{}$]|javascript:/.test(entry.sentences[i])) payloads++;
      });
    }
    expect(payloads).toBeGreaterThan(0);
  });

  it('reports every file it skips, by name and why, and reads the rest', async () => {
    const { code, stdout, stderr } = await run(['story', dir, '--format', 'json']);
    expect(code).toBe(0);
    const out = JSON.parse(stdout);
    expect(stderr).toContain('skipped 2024-05-07-binary.txt: not an article: it is');
    expect(stderr).toContain('skipped 2024-05-07-empty.txt: no article text');
    expect(stderr).toContain('skipped 2024-05-07-huge.txt: unreadable: it is 10.0 MB; newsline reads articles up to 10 MB');
    expect(stderr).toContain('skipped 2024-05-07-dangling.txt: unreadable: no such file');
    expect(stderr).toContain('skipped loop.txt: unreadable: too many symbolic links');
    expect(stderr).toContain('skipped --dates.txt: no publication date');
    expect(stderr).not.toMatch(/\[object |undefined|Cannot read properties/);
    // Every payload article, the two markup pages, seven hostile names, three links to files,
    // the locked file (root reads it) and five bad files: none lost without a word.
    const skipped = stderr.split('\nskipped ').length - (stderr.startsWith('skipped ') ? 0 : 1);
    expect(out.skipped).toBe(skipped);
    expect(out.articles + out.skipped).toBe(PAYLOADS.length + 2 + 7 + 3 + 1 + 5);
  });

  it('keeps each report on one line when a file name holds a newline or a direction override', async () => {
    const { stdout, stderr } = await run(['story', dir, '--dates', '30', '--sentences', '5']);
    expect(stderr).not.toMatch(/^break/m);
    expect(stderr + stdout).not.toMatch(/[\u202A-\u202E]/);
    expect(stdout).not.toMatch(/^break\.txt\)/m);
  });

  it('does not read a link to a file outside the folder, and says so', async () => {
    const { stdout, stderr } = await run(['story', dir, '--format', 'json', '--dates', '30']);
    expect(stderr).toContain('skipped 2024-05-07-outside-link.txt: a link to a file outside the folder (not followed)');
    const articles = JSON.parse(stdout).timeline.flatMap((e: { sources: { article: string }[] }) => e.sources.map((s) => s.article));
    expect(articles).not.toContain('2024-05-07-outside-link.txt');
  });

  it('never quotes a line with no word in it, such as replacement characters', async () => {
    const { stdout } = await run(['story', dir, '--format', 'json', '--dates', '30', '--sentences', '5']);
    for (const entry of JSON.parse(stdout).timeline as { sentences: string[] }[]) {
      for (const sentence of entry.sentences) expect(sentence).toMatch(/\p{L}{2}/u);
    }
  });

  it('does not follow a link to a folder, so a loop ends', async () => {
    const { stdout } = await run(['story', dir, '--format', 'json', '--dates', '30']);
    const articles = JSON.parse(stdout).timeline.flatMap((e: { sources: { article: string }[] }) => e.sources.map((s) => s.article));
    expect(articles.some((a: string) => a.includes('2024-05-08-loop'))).toBe(false);
  });

  it('reads a folder named like a flag when it is given as a path', async () => {
    const flagDir = join(root, '--dates');
    mkdirSync(join(flagDir, '2024-05-06'), { recursive: true });
    writeFileSync(join(flagDir, '2024-05-06', 'a.txt'), prose(1));
    const { code, stdout } = await run(['story', '--format', 'json', '--', flagDir]);
    expect(code).toBe(0);
    expect(JSON.parse(stdout).articles).toBe(1);
    const bare = await run(['story', '--dates']);
    expect(bare.code).toBe(2);
    expect(bare.stderr).toBe('newsline: option --dates needs a value\n');
  });

  it('says a payload given as a folder is not a folder, naming it', async () => {
    const { code, stderr } = await run(['story', join(root, PAYLOADS[0])]);
    expect(code).toBe(2);
    expect(stderr).toBe(`newsline: ${join(root, PAYLOADS[0])} is not a folder\n`);
  });

  it('says a folder of only bad files has no dated article', async () => {
    const bad = join(root, 'bad');
    mkdirSync(bad);
    writeFileSync(join(bad, 'empty.txt'), '');
    writeFileSync(join(bad, 'binary.txt'), Buffer.from([0, 1, 2, 3, 0, 0, 0, 0xff]));
    const { code, stderr } = await run(['story', bad]);
    expect(code).toBe(2);
    expect(stderr).toMatch(/newsline: no dated article in .*bad\n$/);
  });

  it('refuses hostile option values with a sentence naming them', async () => {
    const dates = await run(['story', dir, '--dates', PAYLOADS[0]]);
    expect(dates.stderr).toBe(`newsline: --dates must be a whole number from 1, got ${PAYLOADS[0]}\n`);
    const start = await run(['story', dir, '--start', '2024-02-30']);
    expect(start.stderr).toBe('newsline: --start must be a day, YYYY-MM-DD, got 2024-02-30\n');
    const format = await run(['story', dir, '--format', '__proto__']);
    expect(format.stderr).toBe('newsline: unknown format: __proto__ (use text, json or document)\n');
  });
});
