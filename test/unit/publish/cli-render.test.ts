// `newsline render`, run in-process through main() with a captured Io.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '../../../src/cli/main';
import type { Io } from '../../../src/cli/io';
import { decodePng, inkedPixels, pngSize } from './png-decode';
import { sampleDoc } from './sample-doc';

const dir = mkdtempSync(join(tmpdir(), 'newsline-render-'));
const docPath = join(dir, 'doc.json');
writeFileSync(docPath, JSON.stringify(sampleDoc));

async function run(...argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const io: Io = { out: (t) => void out.push(t), err: (t) => void err.push(t), readStdin: async () => '' };
  const code = await main(['render', ...argv], io);
  return { code, out: out.join(''), err: err.join('') };
}

describe('newsline render', () => {
  it('writes a standalone SVG with every label', async () => {
    const file = join(dir, 'a.svg');
    expect((await run(docPath, '--svg', file, '--width', '800')).code).toBe(0);
    const svg = readFileSync(file, 'utf8');
    expect(svg).toMatch(/<svg xmlns="http:\/\/www.w3.org\/2000\/svg"[^>]* width="800"/);
    for (const label of ['Trump toured Asia', 'Joint military drills', 'Parade', '&lt;script&gt;alert(1)&lt;/script&gt; &amp; friends']) {
      expect(svg).toContain(label);
    }
    expect(svg).not.toMatch(/<script|\son\w+=/i);
  });

  it('writes a PNG of width times scale that is not blank', async () => {
    const file = join(dir, 'a.png');
    expect((await run(docPath, '--png', file, '--width', '700', '--scale', '2')).code).toBe(0);
    const png = readFileSync(file);
    const { width, height } = pngSize(png);
    expect(width).toBe(1400);
    expect(height).toBeGreaterThan(300);
    expect(inkedPixels(png)).toBeGreaterThan(5000);
  });

  it('writes both files in one run, a transparent PNG at 1x by default width', async () => {
    const svgFile = join(dir, 'b.svg');
    const pngFile = join(dir, 'b.png');
    expect((await run(docPath, '--svg', svgFile, '--png', pngFile, '--scale', '1', '--transparent')).code).toBe(0);
    expect(pngSize(readFileSync(pngFile)).width).toBe(960);
    expect(readFileSync(svgFile, 'utf8')).not.toContain('nl-background');
    const { pixels, channels } = decodePng(readFileSync(pngFile));
    expect(channels).toBe(4);
    expect(pixels[3]).toBe(0); // the top-left corner is fully transparent
  });

  it.each([
    { why: 'a missing file', argv: [join(dir, 'nope.json'), '--svg', join(dir, 'x.svg')], message: /cannot read .*nope\.json: no such file/ },
    { why: 'a file that is not JSON', argv: ['NOTJSON', '--svg', join(dir, 'x.svg')], message: /is not JSON/ },
    { why: 'a document of another version', argv: ['V2', '--svg', join(dir, 'x.svg')], message: /version 2/ },
    { why: 'no output named', argv: [docPath], message: /--svg OUT.svg and\/or --png OUT.png/ },
    { why: 'a bad width', argv: [docPath, '--svg', join(dir, 'x.svg'), '--width', 'wide'], message: /--width must be a number/ },
    { why: 'an unknown option', argv: [docPath, '--jpeg', 'x'], message: /unknown option --jpeg/ },
  ])('refuses $why with one newsline: line and exit 2', async ({ argv, message }) => {
    writeFileSync(join(dir, 'NOTJSON'), 'hello');
    writeFileSync(join(dir, 'V2'), JSON.stringify({ ...sampleDoc, version: 2 }));
    const resolved = argv.map((a) => (a === 'NOTJSON' || a === 'V2' ? join(dir, a) : a));
    const { code, err } = await run(...resolved);
    expect(code).toBe(2);
    expect(err).toMatch(message);
    expect(err.startsWith('newsline: ')).toBe(true);
    expect(err.trim().split('\n')).toHaveLength(1);
  });
});

describe('styles inlined for editors that ignore <style>', () => {
  it('rasterises the same picture with the <style> block removed', async () => {
    const { renderSvg, rasterise } = await import('../../../src/cli/render');
    const svg = renderSvg(sampleDoc, 800);
    const bare = svg.replace(/<style>[\s\S]*?<\/style>/, '');
    expect(bare).not.toContain('<style>');
    const [a, b] = [decodePng(rasterise(svg, 1)), decodePng(rasterise(bare, 1))];
    let differing = 0;
    for (let i = 0; i < a.pixels.length; i++) if (a.pixels[i] !== b.pixels[i]) differing++;
    expect(differing).toBe(0);
  });
});

describe('newsline render presets', () => {
  it('draws a social card at exactly its size with every label in full', async () => {
    const svgFile = join(dir, 'card.svg');
    const pngFile = join(dir, 'card.png');
    expect((await run(docPath, '--preset', 'social-1200x675', '--svg', svgFile, '--png', pngFile, '--scale', '1')).code).toBe(0);
    expect(pngSize(readFileSync(pngFile))).toEqual({ width: 1200, height: 675 });
    const svg = readFileSync(svgFile, 'utf8');
    expect(svg).toMatch(/width="1200" height="675"/);
    for (const label of ['Trump toured Asia', 'Joint military drills', 'Parade']) expect(svg).toContain(label);
    expect(svg).not.toMatch(/data-cluster|…/);
  });

  it('draws an article column as wide as the preset, at 2x', async () => {
    const pngFile = join(dir, 'col.png');
    expect((await run(docPath, '--preset', 'column-640', '--png', pngFile)).code).toBe(0);
    expect(pngSize(readFileSync(pngFile)).width).toBe(1280);
  });

  it('still draws the scale chart when asked', async () => {
    const svgFile = join(dir, 'scale.svg');
    expect((await run(docPath, '--view', 'scale', '--svg', svgFile)).code).toBe(0);
    expect(readFileSync(svgFile, 'utf8')).toContain('data-mark-id');
  });
});

describe('newsline render draws a happening told twice once', () => {
  it('a document that keeps both tellings of one event gets one label', async () => {
    const first = sampleDoc.events[0];
    const twice = { ...sampleDoc, events: [...sampleDoc.events, { ...first, id: 'again', source: { ...first.source } }] };
    const path = join(dir, 'twice.json');
    writeFileSync(path, JSON.stringify(twice));
    const file = join(dir, 'twice.svg');
    expect((await run(path, '--svg', file, '--width', '800')).code).toBe(0);
    const once = join(dir, 'once.svg');
    expect((await run(docPath, '--svg', once, '--width', '800')).code).toBe(0);
    const count = (svg: string) => svg.split(first.label).length - 1;
    expect(count(readFileSync(once, 'utf8'))).toBeGreaterThan(0);
    expect(count(readFileSync(file, 'utf8'))).toBe(count(readFileSync(once, 'utf8')));
  });
});
