// The app as a workspace around a preview of what gets published: the story column by default,
// the scale chart one switch away, the article form folded on a phone once an article is in,
// events edited from the story, and both themes readable (axe-core, contrast included).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { seriousViolations, startApp, type AppHarness } from './helpers';

let app: AppHarness;
beforeAll(async () => {
  app = await startApp();
});
afterAll(async () => app?.close());

const view = (page: Page, name: 'Story' | 'Chart') => page.getByRole('group', { name: 'Preview' }).getByRole('button', { name, exact: true });

// One load of the app a window size for the tests that change nothing but the view and the
// colour scheme (each puts the story back first), not one a test.
const pages = new Map<string, Promise<Page>>();
async function storyAt(width: number, height: number): Promise<Page> {
  const key = `${width}x${height}`;
  if (!pages.has(key)) pages.set(key, app.open({ width, height }));
  const page = await pages.get(key)!;
  if ((await view(page, 'Story').getAttribute('aria-pressed')) !== 'true') {
    await view(page, 'Story').click();
    await page.locator('.nl-story [data-event-id]').first().waitFor();
  }
  return page;
}
afterAll(async () => {
  for (const page of pages.values()) await page.then((p) => p.close(), () => undefined);
});

describe('the preview', () => {
  it('opens on the story column and switches to the scale chart and back', async () => {
    const page = await app.open();
    pages.set('1280x900', Promise.resolve(page)); // handed on to the theme tests
    expect(await view(page, 'Story').getAttribute('aria-pressed')).toBe('true');
    expect(await page.locator('.nl-story [data-event-id]').count()).toBeGreaterThan(0);
    expect(await page.locator('svg.nl-timeline').count()).toBe(0);
    await view(page, 'Chart').click();
    await page.locator('svg.nl-timeline [data-event-id]').first().waitFor();
    expect(await page.getByRole('region', { name: 'Timeline' }).getByRole('button', { name: 'Zoom in' }).count()).toBe(1);
    await view(page, 'Story').click();
    await page.locator('.nl-story [data-event-id]').first().waitFor();
  });

  it('edits an event picked in the story, and the story shows the new label', async () => {
    const page = await app.open();
    const first = page.locator('.nl-story [data-event-id]').first();
    const id = (await first.getAttribute('data-event-id'))!;
    await first.click();
    await page.getByLabel('Event label').fill('Edited from the story');
    await expect.poll(() => page.locator(`[data-event-id="${id}"]`).getAttribute('data-label')).toBe('Edited from the story');
    await page.close();
  });
});

describe('a phone 375 pixels wide', () => {
  it('shows the graphic first with the article form folded, and one tap opens the form', async () => {
    const page = await app.open({ width: 375, height: 740 });
    expect(await page.getByRole('textbox', { name: 'Article text' }).count()).toBe(0);
    const first = await page.locator('[data-event-id]').first().boundingBox();
    expect(first!.y + first!.height).toBeLessThanOrEqual(740);
    const fold = page.getByRole('button', { name: /^Article/ });
    expect(await fold.getAttribute('aria-expanded')).toBe('false');
    await fold.click();
    expect(await fold.getAttribute('aria-expanded')).toBe('true');
    await page.getByRole('textbox', { name: 'Article text' }).waitFor();
    await page.close();
  });

  it('has no horizontal page scrolling at 320 px', async () => {
    const page = await app.open({ width: 320, height: 640 });
    const [scrollWidth, innerWidth] = await page.evaluate(() => [document.scrollingElement!.scrollWidth, window.innerWidth]);
    expect(scrollWidth).toBeLessThanOrEqual(innerWidth);
    await page.close();
  });
});

describe.each(['light', 'dark'] as const)('the %s theme', (theme) => {
  it.each([1280, 375])('has no serious or critical axe-core violations at %i px, in the story and the chart', async (width) => {
    const page = await storyAt(width, 900);
    await page.emulateMedia({ colorScheme: theme });
    expect(await seriousViolations(page)).toEqual([]);
    await view(page, 'Chart').click();
    await page.locator('svg.nl-timeline [data-event-id]').first().waitFor();
    expect(await seriousViolations(page)).toEqual([]);
  });
});
