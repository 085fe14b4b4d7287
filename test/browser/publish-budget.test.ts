// The embed's weight budget, read from the built files (run after `npm run build`): what a
// reader's browser downloads for one embedded timeline, gzipped. TimelineJS loads 77 KB,
// vis-timeline 159 KB, timelines-chart 44 KB; Newsline's embed page (the story layout, no
// scale chart, no zoom) must stay under 30 KB.
import { readFileSync, existsSync } from 'node:fs';
import { join, normalize } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { DIST_APP } from './publish-helpers';

const KB = 1024;
const gz = (file: string) => gzipSync(readFileSync(file), { level: 9 }).length;

/** The page's own script and style files, plus every chunk they import statically. */
function embedAssets(): string[] {
  const html = readFileSync(join(DIST_APP, 'embed.html'), 'utf8');
  const refs = [...html.matchAll(/(?:src|href)="\/?([^"]+\.(?:js|css))"/g)].map((m) => m[1]);
  const seen = new Set<string>();
  const visit = (raw: string) => {
    const ref = normalize(raw);
    if (seen.has(ref)) return;
    seen.add(ref);
    if (!ref.endsWith('.js')) return;
    const code = readFileSync(join(DIST_APP, ref), 'utf8');
    for (const m of code.matchAll(/(?:from|import)\s*["']\.\/([^"']+\.js)["']/g)) visit(join(ref, '..', m[1]));
  };
  refs.forEach(visit);
  return [...seen];
}

describe('the embed budget', () => {
  it('has been built', () => {
    expect(existsSync(join(DIST_APP, 'embed.html')), 'run `npm run build` first').toBe(true);
  });

  it('loads under 30 KB of JS and CSS, gzipped', () => {
    const assets = embedAssets();
    const sizes = assets.map((a) => ({ file: a, gzip: gz(join(DIST_APP, a)) }));
    const total = sizes.reduce((s, a) => s + a.gzip, 0);
    console.log(`embed page: ${(total / KB).toFixed(1)} KB gzip (${sizes.map((s) => `${s.file} ${(s.gzip / KB).toFixed(1)}`).join(', ')})`);
    expect(assets.some((a) => a.endsWith('.js'))).toBe(true);
    expect(total).toBeLessThan(30 * KB);
  });

  it('carries no extraction code (no chrono-node, no article ingest)', () => {
    for (const a of embedAssets().filter((f) => f.endsWith('.js'))) {
      const code = readFileSync(join(DIST_APP, a), 'utf8');
      // Strings that only chrono-node's English parsers and htmlparser2 contain.
      expect(code).not.toMatch(/forwardDate|ENMergeDateRangeRefiner|refiners|onopentagname/);
    }
  });

  it('carries no scale chart and no zoom (d3-zoom, d3-scale, the axis layout)', () => {
    for (const a of embedAssets().filter((f) => f.endsWith('.js'))) {
      const code = readFileSync(join(DIST_APP, a), 'utf8');
      // Class names only the scale chart draws, and d3-zoom's own event names.
      expect(code).not.toMatch(/nl-tick-text|nl-legend|zoom\.end|wheel\.zoom/);
    }
  });

  it('keeps the parent script to a few KB and the web component within the same budget', () => {
    const parent = gz(join(DIST_APP, 'embed.js'));
    const element = gz(join(DIST_APP, 'newsline-timeline.js'));
    console.log(`embed.js: ${(parent / KB).toFixed(1)} KB gzip; newsline-timeline.js: ${(element / KB).toFixed(1)} KB gzip`);
    expect(parent).toBeLessThan(4 * KB);
    expect(element).toBeLessThan(30 * KB);
  });
});
