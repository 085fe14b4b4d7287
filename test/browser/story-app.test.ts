// A story built in the app as a desk would: a fresh timeline, four saved articles on one story
// added through the file input at once, the story drawn from all of them (built in the Worker),
// an entry's sources (articles and sentences), two entries merged, the story exported as SVG.
// One page load for the whole walk.
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { downloadedBytes, seriousViolations, startApp, type AppHarness } from './helpers';

let app: AppHarness;
let page: Page;
beforeAll(async () => {
  app = await startApp();
  page = await app.open();
});
afterAll(async () => app?.close());

// Named as a desk saves them: the date first where the page states none.
const FILES: [string, string][] = [
  ['2024-03-04-ledger-1.txt', 'test/fixtures/story/2024-03-04/ledger-1.txt'],
  ['2024-03-05-herald-1.txt', 'test/fixtures/story/2024-03-05/herald-1.txt'],
  ['2024-03-12-gazette-1.txt', 'test/fixtures/story/2024-03-12-gazette-1.txt'],
  ['reopening.html', 'test/fixtures/story/reopening.html'],
];

const entries = () => page.locator('.nl-story [data-event-id]');

describe('a story in the app', () => {
  it('is built from four articles added at once, with every entry traceable to its sentences', async () => {
    await page.getByRole('group', { name: 'Authoring' }).getByText('File', { exact: true }).click();
    await page.getByRole('button', { name: 'New article' }).click();
    await page.getByLabel('Add articles', { exact: true }).setInputFiles(
      FILES.map(([name, path]) => ({ name, mimeType: name.endsWith('.html') ? 'text/html' : 'text/plain', buffer: readFileSync(path) })),
    );
    const ids = () => entries().evaluateAll((els) => els.map((e) => e.getAttribute('data-event-id')!));
    // the story's entries replace the sample's events once the Worker has read the four articles
    await expect.poll(async () => (await ids()).filter((id) => /^story-\d{4}-\d{2}-\d{2}-\d+$/.test(id)).length, { timeout: 20_000 }).toBeGreaterThan(1);
    expect((await ids()).every((id) => id.startsWith('story-'))).toBe(true);
    expect(await page.getByRole('button', { name: /^Remove / }).count()).toBe(4);
    expect(await page.getByRole('textbox', { name: 'Article text' }).count()).toBe(0);
    // the Published line is the newest article's day
    expect(await page.locator('[data-marker="published"]').count()).toBe(1);

    await entries().first().click();
    const sources = page.getByRole('list', { name: 'Sources of the selected entry' });
    await sources.locator('li').first().waitFor();
    expect(await page.locator('.sources-panel .count').textContent()).toMatch(/^\d+ articles?, \d+ sentences?$/);
    await sources.getByRole('button').first().click();
    expect(await page.locator('.sources-panel mark').count()).toBeGreaterThan(0);
    expect(await seriousViolations(page)).toEqual([]);
  });

  it('merges two entries into one, which keeps the sentences of both', async () => {
    const before = await entries().count();
    // selects the entry (unless it is selected already: a second click would unselect it)
    const sentencesOf = async (id: string) => {
      const mark = page.locator(`.nl-story [data-event-id="${id}"]`);
      const label = (await mark.getAttribute('data-label'))!;
      const editing = page.getByLabel('Event label');
      if ((await editing.count()) === 0 || (await editing.inputValue()) !== label) await mark.click();
      await expect.poll(() => editing.inputValue()).toBe(label);
      return page.getByRole('list', { name: 'Sources of the selected entry' }).locator('.sentence').allTextContents();
    };
    const first = (await entries().first().getAttribute('data-event-id'))!;
    const other = (await entries().last().getAttribute('data-event-id'))!;
    const union = [...new Set([...(await sentencesOf(first)), ...(await sentencesOf(other))])];
    await sentencesOf(first);
    await page.getByLabel('Merge with…').selectOption(other);
    await page.getByRole('button', { name: 'Merge', exact: true }).click();
    await expect.poll(() => entries().count()).toBe(before - 1);
    expect(await page.locator(`[data-event-id="${other}"]`).count()).toBe(0);
    expect(await page.locator(`[data-event-id="${first}"]`).count()).toBe(1);
    // the merged entry stays selected, its sources now those of both
    const shown = page.getByRole('list', { name: 'Sources of the selected entry' }).locator('.sentence');
    await expect.poll(async () => (await shown.allTextContents()).sort()).toEqual(union.sort());
  });

  it('reads without serious axe-core violations on a phone, sources open', async () => {
    await page.setViewportSize({ width: 375, height: 740 });
    await page.locator('.sources-panel').scrollIntoViewIfNeeded();
    expect(await seriousViolations(page)).toEqual([]);
    const [scrollWidth, innerWidth] = await page.evaluate(() => [document.scrollingElement!.scrollWidth, window.innerWidth]);
    expect(scrollWidth).toBeLessThanOrEqual(innerWidth);
    await page.setViewportSize({ width: 1280, height: 900 });
  });

  it('exports the story as SVG with every entry drawn', async () => {
    const [file] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export SVG' }).click()]);
    const svg = (await downloadedBytes(file)).toString('utf8');
    const ids = await entries().evaluateAll((els) => els.map((e) => e.getAttribute('data-event-id')));
    for (const id of ids) expect(svg).toContain(`data-label-for="${id}"`);
    expect(svg).not.toMatch(/<script|\son[a-z]+=/i);
  });
});
