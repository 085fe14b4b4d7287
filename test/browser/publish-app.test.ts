// The app's publish bar in Chromium: both downloads checked as files, the CLI's SVG compared
// with the browser's for the same document and preset (the story by default, the scale chart
// on request), and the copied embed code round-tripped through embed.html. Runs against
// dist/app (npm run build first, or APP_DIR).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { readDocument } from '../../src/lib/validate';
import { decodeDocumentFragment } from '../../src/lib/publish/fragment';
import { serverDrawing } from '../../src/lib/publish/server-drawing';
import { toStandaloneSvg } from '../../src/lib/publish/svg';
import { storyExportSvg } from '../../src/lib/publish/story-export';
import { inkedPixels, pngSize } from '../unit/publish/png-decode';
import { downloadedBytes, startApp, type AppHarness } from './helpers';
import { markSummaries } from './svg-marks';

let app: AppHarness;
let page: Page;

beforeAll(async () => {
  app = await startApp();
  page = await app.open({ width: 1280, height: 900 });
  await page.getByText('Export options').click(); // open the options once for every test
});
afterAll(async () => app?.close());

async function download(button: string): Promise<{ name: string; bytes: Buffer }> {
  const [file] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: button }).click()]);
  return { name: file.suggestedFilename(), bytes: await downloadedBytes(file) };
}

async function embedCode(): Promise<string> {
  await page.getByRole('button', { name: 'Copy embed code' }).click();
  const box = page.getByRole('textbox', { name: 'Embed code' });
  await box.waitFor();
  return box.inputValue();
}

const sizeOf = (svg: string) => {
  const m = /<svg[^>]*? width="(\d+)" height="(\d+)"/.exec(svg)!;
  return { width: Number(m[1]), height: Number(m[2]) };
};

describe('Export SVG', () => {
  it('downloads a standalone SVG named after the headline and date, with every label and no script', async () => {
    const { name, bytes } = await download('Export SVG');
    expect(name).toMatch(/^south-korea-says-high-chance-of-trump-kim[a-z-]*-2025-11-05\.svg$/);
    const svg = bytes.toString('utf8');
    expect(svg).toMatch(/^<\?xml[^>]*>\n<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg"/);
    expect(svg).not.toMatch(/<script|<foreignObject|\son[a-z]+=|tabindex|href="http/i);
    // Every event's full label, in its data-label-for text: the story cuts nothing.
    const doc = readDocument(await decodeDocumentFragment(/data-newsline-doc="([^"]+)"/.exec(await embedCode())![1]));
    expect(doc.events.length).toBeGreaterThan(3);
    const drawn = await page.evaluate((text) => {
      const d = new DOMParser().parseFromString(text, 'image/svg+xml');
      return Array.from(d.querySelectorAll('[data-label-for]')).map((t) => [t.getAttribute('data-label-for'), t.textContent]);
    }, svg);
    for (const e of doc.events) {
      const text = drawn.find(([id]) => id === e.id)?.[1] ?? '';
      expect(text.replace(/\s+/g, ' ').trim(), e.id).toBe(e.label.replace(/\s+/g, ' ').trim());
    }
    expect(svg).not.toContain('data-cluster');
    // It parses as XML in the browser, with its title and desc.
    const parsed = await page.evaluate((text) => {
      const d = new DOMParser().parseFromString(text, 'image/svg+xml');
      return { error: d.querySelector('parsererror')?.textContent ?? null, title: d.querySelector('title')?.textContent, desc: d.querySelector('desc')?.textContent };
    }, svg);
    expect(parsed.error).toBeNull();
    expect(parsed.title).toContain('High Chance');
    expect(parsed.desc).toMatch(/^Timeline of \d+ events from an article published 5 November 2025/);
  });

  it('matches, byte for byte, the story the CLI draws from the same document and preset', async () => {
    const browserSvg = (await download('Export SVG')).bytes.toString('utf8');
    const doc = readDocument(await decodeDocumentFragment(/data-newsline-doc="([^"]+)"/.exec(await embedCode())![1]));
    expect(sizeOf(browserSvg).width).toBe(640);
    expect(storyExportSvg(doc, { preset: 'column-640' })).toBe(browserSvg);
  });

  it('matches the CLI SVG of the scale chart at the same width', async () => {
    await page.getByLabel('Export size').selectOption('scale');
    const browserSvg = (await download('Export SVG')).bytes.toString('utf8');
    const fragment = /data-newsline-doc="([^"]+)"/.exec(await embedCode())![1];
    const doc = readDocument(await decodeDocumentFragment(fragment));
    const { width } = sizeOf(browserSvg);
    const cliSvg = toStandaloneSvg(doc, serverDrawing(doc, width));
    await page.getByLabel('Export size').selectOption('column-640');
    expect(sizeOf(cliSvg)).toEqual(sizeOf(browserSvg));
    expect(markSummaries(cliSvg)).toEqual(markSummaries(browserSvg));
    expect(markSummaries(cliSvg).filter((m) => m.shape && m.text).length).toBeGreaterThan(3);
  });

  it('draws the zoom the user chose when asked to', async () => {
    await page.getByRole('group', { name: 'Preview' }).getByRole('button', { name: 'Chart' }).click();
    await page.getByLabel('Export size').selectOption('scale');
    const fit = (await download('Export SVG')).bytes.toString('utf8');
    const timeline = page.getByRole('region', { name: 'Timeline' }).first();
    await timeline.getByRole('button', { name: 'Zoom in' }).first().click();
    await page.getByLabel('As zoomed').check();
    const zoomed = (await download('Export SVG')).bytes.toString('utf8');
    expect(markSummaries(zoomed).map((m) => m.shape)).not.toEqual(markSummaries(fit).map((m) => m.shape));
    await page.getByLabel('Whole timeline').check();
    expect(markSummaries((await download('Export SVG')).bytes.toString('utf8'))).toEqual(markSummaries(fit));
    await timeline.getByRole('button', { name: 'Fit' }).first().click();
    await page.getByLabel('Export size').selectOption('column-640');
    await page.getByRole('group', { name: 'Preview' }).getByRole('button', { name: 'Story' }).click();
  });
});

describe('Export PNG', () => {
  it('downloads a 2x PNG of the SVG size that is not blank', async () => {
    const svg = (await download('Export SVG')).bytes.toString('utf8');
    const { name, bytes } = await download('Export PNG');
    expect(name).toMatch(/-2025-11-05\.png$/);
    const { width, height } = sizeOf(svg);
    expect(pngSize(bytes)).toEqual({ width: width * 2, height: height * 2 });
    expect(inkedPixels(bytes)).toBeGreaterThan(10_000);
  });

  it('honours the 3x choice', async () => {
    await page.getByLabel('PNG size').selectOption('3');
    const svg = (await download('Export SVG')).bytes.toString('utf8');
    const { bytes } = await download('Export PNG');
    expect(pngSize(bytes).width).toBe(sizeOf(svg).width * 3);
    await page.getByLabel('PNG size').selectOption('2');
  });
});

describe('Export size', () => {
  it('draws a social card at exactly its size, at 2x in the PNG', async () => {
    await page.getByLabel('Export size').selectOption('social-1200x675');
    const svg = (await download('Export SVG')).bytes.toString('utf8');
    expect(sizeOf(svg)).toEqual({ width: 1200, height: 675 });
    expect(pngSize((await download('Export PNG')).bytes)).toEqual({ width: 2400, height: 1350 });
    await page.getByLabel('Export size').selectOption('column-640');
  });

  it('follows the screen for a story at a width, and takes a fixed width when given', async () => {
    await page.getByLabel('Export size').selectOption('custom');
    await page.getByLabel('Width (px)').fill('1200');
    const svg = (await download('Export SVG')).bytes.toString('utf8');
    expect(sizeOf(svg).width).toBe(1200);
    const { bytes } = await download('Export PNG');
    expect(pngSize(bytes).width).toBe(2400);
    await page.getByLabel('Width (px)').fill('');
    await page.getByLabel('Export size').selectOption('column-640');
  });
});

describe('Copy embed code', () => {
  it('gives an inline and a by-URL snippet, and the inline one shows the same events in embed.html', async () => {
    const code = await embedCode();
    expect(code).toContain('data-newsline-doc="');
    expect(code).toContain('data-newsline-src="');
    expect(code).toContain(`<script src="${app.server.url}embed.js" async></script>`);
    const fragment = /data-newsline-doc="([^"]+)"/.exec(code)![1];
    const doc = readDocument(await decodeDocumentFragment(fragment));
    const embed = await app.browser.newPage({ viewport: { width: 1280, height: 800 } });
    await embed.goto(`${app.server.url}embed.html?childId=t#doc=${fragment}`);
    await embed.locator('[data-marker="published"]').waitFor();
    // Every event of the document is drawn once, none in a cluster.
    const drawn = await embed.locator('[data-event-id]').evaluateAll((gs) => gs.map((g) => g.getAttribute('data-event-id')));
    expect(drawn.sort()).toEqual(doc.events.map((e) => e.id).sort());
    expect(await embed.locator('[data-cluster]').count()).toBe(0);
    expect(await embed.getByRole('heading', { level: 2 }).textContent()).toBe(doc.article.title);
    await embed.close();
  });
});
