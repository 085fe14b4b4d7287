// Shared browser-test helpers: serve the built app (dist/app, or APP_DIR) on 127.0.0.1 with
// a tiny node:http server, connect to the one system Chromium the run shares (global-setup.ts),
// open pages on it, read a download, and run axe-core in a page. Knows nothing of what the
// pages contain.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { chromium, type Browser, type Download, type Page } from 'playwright-core';
import { inject } from 'vitest';
import { launchChromium, serveDir, type StaticServer } from './publish-helpers';

export { serveDir };

/** The run's shared Chromium (closing it only disconnects this file and closes its pages), or
 *  a browser of its own when no global setup launched one. */
export function testBrowser(): Promise<Browser> {
  const endpoint = inject('chromiumEndpoint');
  return endpoint ? chromium.connect(endpoint) : launchChromium();
}

/** A download's bytes: read through Playwright, as a shared browser's files are not ours to open. */
export async function downloadedBytes(download: Download): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of await download.createReadStream()) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

/** The scale chart view of the app, for tests of what only it does (zoom, axis, dragging). */
export const CHART = '?view=chart';

export interface AppHarness {
  browser: Browser;
  server: StaticServer;
  /** A page on the app; `query` such as '?view=chart' opens the scale chart instead of the story. */
  open(viewport?: { width: number; height: number }, query?: string): Promise<Page>;
  close(): Promise<void>;
}

export async function startApp(): Promise<AppHarness> {
  const server = await serveDir(resolve(process.env.APP_DIR ?? 'dist/app'));
  const browser = await testBrowser();
  return {
    browser,
    server,
    async open(viewport = { width: 1280, height: 900 }, query = '') {
      const page = await browser.newPage({ viewport });
      page.on('pageerror', (e) => console.error('page error:', e.message));
      await page.goto(server.url + query);
      await page.waitForSelector('[data-marker="published"]', { timeout: 20_000 });
      return page;
    },
    async close() {
      await browser.close();
      await server.close();
    },
  };
}

const AXE = readFileSync(resolve('node_modules/axe-core/axe.min.js'), 'utf8');

/** Serious and critical axe-core violations on the page, as "rule: target" strings. */
export async function seriousViolations(page: Page): Promise<string[]> {
  await page.addScriptTag({ content: AXE });
  return page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run: (c: Document, o: object) => Promise<{ violations: { id: string; impact: string; nodes: { target: string[] }[] }[] }> } }).axe;
    const r = await axe.run(document, { resultTypes: ['violations'] });
    return r.violations
      .filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .flatMap((v) => v.nodes.map((n) => `${v.id}: ${n.target.join(' ')}`));
  });
}
