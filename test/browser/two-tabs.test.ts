// One timeline open in two tabs of one browser profile (two pages of one Chromium context,
// sharing localStorage): labels edited in both within the save delay both survive, in both
// tabs and after a reload.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { CHART, startApp, type AppHarness } from './helpers';

let app: AppHarness;
let context: BrowserContext;

beforeAll(async () => {
  app = await startApp();
  context = await app.browser.newContext({ viewport: { width: 1280, height: 900 } });
});
afterAll(async () => {
  await context?.close();
  await app?.close();
});

async function openTab(): Promise<Page> {
  const page = await context.newPage();
  page.on('pageerror', (e) => console.error('page error:', e.message));
  await page.goto(app.server.url + CHART);
  await page.waitForSelector('[data-marker="published"]', { timeout: 20_000 });
  return page;
}

const mark = (page: Page, id: string) => page.locator(`[data-event-id="${id}"]`);
// a mark's accessible name begins with its label
const labelOf = async (page: Page, id: string) => (await mark(page, id).first().getAttribute('aria-label'))?.split(/[.,:;]/)[0] ?? null;

async function relabel(page: Page, id: string, label: string) {
  await mark(page, id).click();
  await page.getByLabel('Event label').fill(label);
}

describe('two tabs of one timeline', () => {
  it('keeps both labels edited in two tabs within the save delay', async () => {
    const first = await openTab();
    const ids = await first.evaluate(() =>
      Array.from(document.querySelectorAll('[data-event-id]:not([data-cluster])')).slice(0, 2).map((g) => g.getAttribute('data-event-id')!),
    );
    expect(ids).toHaveLength(2);
    // a first edit saves the timeline, so the second tab reopens the same one
    await relabel(first, ids[0], 'Saved first');
    await first.waitForFunction(() => Object.keys(localStorage).some((k) => k.startsWith('newsline:timeline:') && localStorage.getItem(k)!.includes('Saved first')));
    const second = await openTab();
    await expect.poll(() => labelOf(second, ids[0])).toBe('Saved first');

    await relabel(first, ids[0], 'Edited in tab one');
    await relabel(second, ids[1], 'Edited in tab two');
    for (const page of [first, second]) {
      await expect.poll(() => labelOf(page, ids[0])).toBe('Edited in tab one');
      await expect.poll(() => labelOf(page, ids[1])).toBe('Edited in tab two');
    }
    await second.close();
    await first.reload();
    await first.waitForSelector('[data-marker="published"]');
    await expect.poll(() => labelOf(first, ids[0])).toBe('Edited in tab one');
    await expect.poll(() => labelOf(first, ids[1])).toBe('Edited in tab two');
    await first.close();
  });
});
