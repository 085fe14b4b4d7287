// The condensed axis on phones, in the built app: the sample's quiet months are cut to breaks
// so its busy week is drawn at fit, and zoom works on the condensed axis.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CHART, startApp, type AppHarness } from './helpers';

let app: AppHarness;
// One load of the app a phone width, not one a test: the tests read the same fitted picture,
// and the zoom test (each width's last) returns it to Fit.
const phones = new Map<number, Promise<Page>>();
const phone = (width: number): Promise<Page> => {
  if (!phones.has(width)) phones.set(width, app.open({ width, height: 800 }, CHART));
  return phones.get(width)!;
};
beforeAll(async () => {
  app = await startApp();
}, 60_000);
afterAll(async () => {
  for (const page of phones.values()) await page.then((p) => p.close(), () => undefined);
  await app?.close();
});

const ticks = (page: Page) => page.locator('.nl-tick-text').allTextContents();
const breaks = (page: Page) => page.$$eval('.nl-break', (gs) => gs.map((g) => `${g.getAttribute('data-break-from')}|${g.querySelector('path')!.getAttribute('d')}|${g.textContent}`));

describe.each([375, 320])('the sample on a phone %i pixels wide', (width) => {
  it('draws the axis breaks, each with the time it cuts, with no horizontal page scrolling', async () => {
    const page = await phone(width);
    expect((await breaks(page)).length).toBeGreaterThanOrEqual(2);
    expect(await page.locator('.nl-break-text').allTextContents()).toContain('7 weeks');
    // The legend keeps to two words; each break says its own length.
    expect(await page.locator('.nl-legend text').allTextContents()).toEqual(['Past', 'Expected']);
    const [scrollWidth, innerWidth] = await page.evaluate(() => [document.scrollingElement!.scrollWidth, window.innerWidth]);
    expect(scrollWidth).toBeLessThanOrEqual(innerWidth);
  });

  it('gives every label at least two words: a column too narrow for that is not drawn', async () => {
    const page = await phone(width);
    const labels = await page.$$eval('[data-label-for] .nl-label', (ts) => ts.map((t) => [...t.querySelectorAll('tspan')].map((l) => l.textContent).join(' ')));
    expect(labels.length).toBeGreaterThan(10);
    for (const label of labels) expect(label.replace(/…$/, '').trim().split(/\s+/).length, label).toBeGreaterThanOrEqual(2);
  });
});

// At 375 px two readable columns hold the whole busy week; at 320 px (288 px of timeline) one
// column does, and the last two of the week's six may be counted together.
describe('the sample on a 375 pixel phone', () => {
  it('draws every dated event on its own at fit: last week\'s share one band, "this year" is a strip by the axis', async () => {
    const page = await phone(375);
    // On the proportional axis one cluster ran from 27 October to 4 November; then six
    // week-long events stayed counted as no phone column could hold them side by side. Now
    // events of the same days share one drawn band, their labels stacked down it.
    expect(await page.locator('g[data-cluster]').count()).toBe(0);
    expect(await page.locator('g[data-event-id][data-start="2025-11-03"]').count()).toBe(1);
    const week = await page.$$eval('g[data-event-id][data-start="2025-10-27"][data-end="2025-11-02"] .nl-shape', (rs) =>
      rs.map((r) => ['x', 'y', 'width', 'height'].map((a) => r.getAttribute(a)).join(',')),
    );
    expect(week.length).toBe(6);
    expect(new Set(week).size).toBeLessThanOrEqual(2);
    // The year is a thin strip left of every column, not a column of its own.
    const year = await page.$eval('g[data-event-id][data-start="2025-01-01"] .nl-shape', (r) => [Number(r.getAttribute('x')), Number(r.getAttribute('width'))]);
    const columns = await page.$$eval('g[data-event-id]:not([data-start="2025-01-01"]):not([data-start=""]) .nl-shape', (rs) => rs.map((r) => Number(r.getAttribute('x'))));
    expect(year[1]).toBeLessThanOrEqual(4);
    expect(year[0] + year[1]).toBeLessThan(Math.min(...columns));
  });

});

describe.each([375, 320])('zooming the sample on a phone %i pixels wide', (width) => {
  it('zooms with Ctrl+wheel on the condensed axis and Fit returns to the same picture', async () => {
    const page = await phone(width);
    const [beforeTicks, beforeBreaks] = [await ticks(page), await breaks(page)];
    const svg = page.locator('.nl-canvas svg');
    await svg.scrollIntoViewIfNeeded();
    const box = (await svg.boundingBox())!;
    // Inside the viewport: the timeline is taller than a phone's screen.
    await page.mouse.move(box.x + box.width / 2, Math.max(box.y, 0) + 200);
    await page.keyboard.down('Control');
    await page.mouse.wheel(0, -400);
    await page.keyboard.up('Control');
    await expect.poll(() => ticks(page)).not.toEqual(beforeTicks);
    await page.getByRole('button', { name: 'Fit' }).click();
    await expect.poll(() => ticks(page)).toEqual(beforeTicks);
    expect(await breaks(page)).toEqual(beforeBreaks);
  });
});
