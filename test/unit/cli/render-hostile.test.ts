// What must NOT happen when `newsline render` draws a hostile document: no live markup in the
// SVG (no script, no foreignObject, no on* attribute, no javascript:/external link), no text
// lost to escaping, no crash on a 1 MB headline, NUL or surrogate halves, no prototype
// pollution from `__proto__` keys; and a bad document is refused with a sentence naming it.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { PRESETS } from '../../../src/lib/publish/presets';
import { hostileDocument } from '../fuzz/hostile-document';
import { liveMarkup, svgText } from '../fuzz/live-markup';
import { MEGABYTE, PAYLOADS, withPrototypeKeys } from '../fuzz/payloads';
import { run } from './run';

const dir = mkdtempSync(join(tmpdir(), 'newsline-render-hostile-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function write(name: string, content: string): string {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
}

const DOC = write('hostile.json', JSON.stringify(hostileDocument()));
const PNG = Buffer.from([0x89, 0x50, 0x4e, 0x47]);

describe('newsline render with every payload in labels, text, title, publisher, URL, headline, dek and credit', { timeout: 60_000 }, () => {
  const cases: [string, string[]][] = [
    ...PRESETS.map((p): [string, string[]] => [`preset ${p.name}`, ['--preset', p.name]]),
    ['date style iso, dark, transparent', ['--date-style', 'iso', '--theme', 'dark', '--transparent']],
    ['the scale chart', ['--view', 'scale', '--width', '700']],
  ];
  for (const [name, flags] of cases) {
    it(`writes an SVG with no live markup and a PNG: ${name}`, async () => {
      const svg = join(dir, `${name.replace(/\W+/g, '-')}.svg`);
      const png = join(dir, `${name.replace(/\W+/g, '-')}.png`);
      const { code, stderr } = await run(['render', DOC, '--svg', svg, '--png', png, ...flags]);
      expect(stderr).toBe('');
      expect(code).toBe(0);
      const picture = readFileSync(svg, 'utf8');
      expect(liveMarkup(picture)).toEqual([]);
      expect(readFileSync(png).subarray(0, 4)).toEqual(PNG);
    });
  }

  it('draws the payloads as the text they are, control characters dropped', async () => {
    const svg = join(dir, 'text.svg');
    expect((await run(['render', DOC, '--svg', svg, '--preset', 'column-640'])).code).toBe(0);
    const text = svgText(readFileSync(svg, 'utf8')).replace(/\s+/g, ' ');
    expect(text).toContain('onerror="self.__pwned');
    expect(text).toContain('<script>self.__pwned=(self.__pwned||0)+1</script>');
    expect(text).toContain('{{constructor.constructor(');
    expect(text).not.toMatch(/[\u0000-\u0008]/);
  });

  it('links nowhere when the article URL is javascript:', async () => {
    const svg = join(dir, 'link.svg');
    await run(['render', DOC, '--svg', svg]);
    expect(readFileSync(svg, 'utf8')).not.toMatch(/\shref="/);
  });

  it('draws a 1 MB headline, dek and credit without failing, each bounded', async () => {
    const big = write('big.json', JSON.stringify(hostileDocument({ headline: MEGABYTE, dek: MEGABYTE, credit: MEGABYTE })));
    const svg = join(dir, 'big.svg');
    const png = join(dir, 'big.png');
    const { code, stderr } = await run(['render', big, '--svg', svg, '--png', png, '--preset', 'social-1200x675']);
    expect(stderr).toBe('');
    expect(code).toBe(0);
    const picture = readFileSync(svg, 'utf8');
    expect(liveMarkup(picture)).toEqual([]);
    expect(picture.length).toBeLessThan(400_000);
  });

  it('cuts a 1 MB article title and publisher to a headline and a source line', async () => {
    const doc = hostileDocument();
    doc.article = { ...doc.article, title: MEGABYTE, publisher: MEGABYTE };
    delete doc.presentation;
    const path = write('big-title.json', JSON.stringify(doc));
    const svg = join(dir, 'big-title.svg');
    expect((await run(['render', path, '--svg', svg, '--preset', 'column-640'])).code).toBe(0);
    const picture = readFileSync(svg, 'utf8');
    expect(picture.length).toBeLessThan(200_000);
    const headline = svgText(/<text class="nl-headline"[\s\S]*?<\/text>/.exec(picture)![0]).replace(/\s+/g, ' ');
    expect(headline.length).toBeLessThanOrEqual(300 + 10);
    expect(headline.trim().endsWith('…')).toBe(true);
  });

  it('reads __proto__ and constructor keys as data and pollutes nothing', async () => {
    const doc = JSON.stringify(hostileDocument());
    const polluted = withPrototypeKeys(doc).replace('"presentation":{', '"presentation":{"__proto__":{"headline":"injected"},');
    const path = write('proto.json', polluted);
    const svg = join(dir, 'proto.svg');
    const { code } = await run(['render', path, '--svg', svg]);
    expect(code).toBe(0);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(svgText(readFileSync(svg, 'utf8'))).not.toContain('injected');
  });

  it('keeps </script> inside a JSON string as text', async () => {
    const path = write('script-close.json', JSON.stringify(hostileDocument({ headline: '</script><script>self.__pwned=1</script>' })));
    const svg = join(dir, 'script-close.svg');
    expect((await run(['render', path, '--svg', svg])).code).toBe(0);
    expect(svgText(readFileSync(svg, 'utf8'))).toContain('</script><script>self.__pwned=1</script>');
  });

  it('does not ignore the document\'s own dark theme, unless --theme says otherwise', async () => {
    const dark = join(dir, 'theme-dark.svg');
    const light = join(dir, 'theme-light.svg');
    expect((await run(['render', DOC, '--svg', dark])).code).toBe(0);
    expect((await run(['render', DOC, '--svg', light, '--theme', 'light'])).code).toBe(0);
    expect(readFileSync(dark, 'utf8')).toContain('#15171a');
    expect(readFileSync(light, 'utf8')).not.toContain('#15171a');
  });

  it('drops presentation values it does not know and draws with the defaults', async () => {
    const doc = hostileDocument() as unknown as Record<string, unknown>;
    doc.presentation = { dateStyle: PAYLOADS[0], theme: 'javascript:x', headline: { toString: 1 }, dek: ['x'], credit: 42 };
    const path = write('odd-presentation.json', JSON.stringify(doc));
    const svg = join(dir, 'odd.svg');
    const { code, stderr } = await run(['render', path, '--svg', svg]);
    expect([code, stderr]).toEqual([0, '']);
    expect(liveMarkup(readFileSync(svg, 'utf8'))).toEqual([]);
  });
});

describe('a hostile document newsline render refuses', () => {
  it('says a file that is not JSON is not JSON, naming it', async () => {
    const path = write('not-json.json', '<script>self.__pwned=1</script>');
    const { code, stderr } = await run(['render', path, '--svg', join(dir, 'x.svg')]);
    expect(code).toBe(2);
    expect(stderr).toBe(`newsline: ${path} is not JSON (render reads a document made by newsline extract)\n`);
  });

  it('names a label that is not text as a user would read it, never [object Object]', async () => {
    const doc = hostileDocument() as unknown as { events: Record<string, unknown>[] };
    doc.events[0].label = { '<b>': 1 };
    const path = write('label-object.json', JSON.stringify(doc));
    const { code, stderr } = await run(['render', path, '--svg', join(dir, 'x.svg')]);
    expect(code).toBe(2);
    expect(stderr).toMatch(/^newsline: .*label-object\.json: Event 1/);
    expect(stderr).not.toContain('[object Object]');
  });

  it('refuses a --preset that is a payload, naming the presets', async () => {
    const { code, stderr } = await run(['render', DOC, '--svg', join(dir, 'x.svg'), '--preset', PAYLOADS[0]]);
    expect(code).toBe(2);
    expect(stderr).toContain('--preset must be column-640 or');
  });

  it('says why it cannot write the picture, naming the path, never an error code', async () => {
    const missing = join(dir, 'no-such-folder', 'x.svg');
    expect((await run(['render', DOC, '--svg', missing])).stderr).toBe(`newsline: cannot write ${missing}: its folder does not exist\n`);
    expect((await run(['render', DOC, '--svg', dir])).stderr).toBe(`newsline: cannot write ${dir}: it is a folder; give a file name such as timeline.svg\n`);
    const long = join(dir, `${'x'.repeat(300)}.png`);
    expect((await run(['render', DOC, '--png', long])).stderr).toBe(`newsline: cannot write ${long}: the file name is too long\n`);
  });
});
