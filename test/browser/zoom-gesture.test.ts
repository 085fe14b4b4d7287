import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { CHART, startApp, type AppHarness } from './helpers';

// A real ctrl+wheel pinch on the built app (Chrome sends a trackpad pinch as ctrl+wheel).
// Mid-gesture the drawing slides without a new layout; when the gesture pauses (the app's
// SETTLE_MS, d3-zoom's wheel delay), the full layout runs. The page's clock is stopped for the
// pinch and moved one frame per wheel event, so the pause comes when the test lets it, never
// between two wheel events that a loaded machine delivered slowly; what the page drew is read
// in that frame.

let app: AppHarness;
beforeAll(async () => {
  app = await startApp();
});
afterAll(async () => app?.close());

interface Drawn {
  /** Centre (along x) and width of each mark's shape, by mark id, in page pixels. */
  marks: Record<string, { centre: number; width: number; band: boolean; dated: boolean }>;
  /** Whether any element carries a gesture's slide. */
  sliding: boolean;
  ticks: string[];
}

const READ = `(() => {
  const marks = {};
  for (const g of document.querySelectorAll('.nl-canvas g[data-mark-id]')) {
    const shape = g.querySelector('.nl-shape, .nl-cluster-dot').getBoundingClientRect();
    marks[g.getAttribute('data-mark-id')] = { centre: shape.left + shape.width / 2, width: shape.width, band: g.classList.contains('nl-band'), dated: !!g.getAttribute('data-start') };
  }
  const sliding = [...document.querySelectorAll('.nl-canvas [data-along]')].some((e) => e.style.translate || e.style.transform);
  const ticks = [...document.querySelectorAll('.nl-canvas .nl-tick-text')].map((t) => t.textContent);
  return { marks, sliding, ticks };
})()`;

const drawn = (page: Page) => page.evaluate(READ) as Promise<Drawn>;

/** One frame of the page's stopped clock: far shorter than the pause that ends a gesture. */
const FRAME_MS = 16;

/**
 * Pinches in `steps` wheel events at page point (x, y), with the page's clock stopped: each
 * event is awaited until the page has handled it, then one frame runs, in which what the page
 * drew is read. Returns those readings; the clock runs again after the last, so the gesture's
 * pause comes then.
 */
async function pinch(page: Page, x: number, y: number, steps: number, deltaY: number): Promise<Drawn[]> {
  const count = (what: string) => page.evaluate(what) as Promise<number>;
  await page.evaluate(`window.__wheels = 0; window.__frames = [];
    addEventListener('wheel', () => { window.__wheels++; requestAnimationFrame(() => window.__frames.push(${READ})); }, { capture: true });`);
  await page.clock.install();
  // ahead of the page's time by more than the calls to get there can take: due timers run once
  await page.clock.pauseAt((await count('Date.now()')) + 10_000);
  await page.mouse.move(x, y);
  await page.keyboard.down('Control');
  for (let i = 1; i <= steps; i++) {
    await page.mouse.wheel(0, deltaY);
    await expect.poll(() => count('window.__wheels')).toBe(i);
    await page.clock.runFor(FRAME_MS);
    expect(await count('window.__frames.length')).toBe(i);
  }
  await page.keyboard.up('Control');
  await page.clock.resume();
  return page.evaluate('window.__frames') as Promise<Drawn[]>;
}

describe('a ctrl+wheel pinch on the timeline', () => {
  it('slides marks away from the pointer and stretches bands while zooming in, then lays out afresh when the gesture pauses', async () => {
    const page = await app.open({ width: 1280, height: 900 }, CHART);
    const svg = (await page.locator('.nl-canvas svg').boundingBox())!;
    // A little left of the first point (the publication week, which the condensed axis opens
    // up): bands on both sides, points to the right that stay in view as they slide.
    const before = await drawn(page);
    const pointCentres = Object.values(before.marks).filter((m) => m.dated && !m.band).map((m) => m.centre);
    const x = Math.round(Math.max(svg.x + 40, Math.min(...pointCentres) - 60));
    const y = Math.round(svg.y + 60);
    expect(before.sliding).toBe(false);

    const frames = await pinch(page, x, y, 4, -25);
    const mid = frames.filter((f) => f.sliding).at(-1);
    expect(mid).toBeDefined();
    const ids = Object.keys(before.marks).filter((id) => id in mid!.marks && before.marks[id].dated);
    const right = ids.filter((id) => before.marks[id].centre > x + 20 && !before.marks[id].band);
    const left = ids.filter((id) => before.marks[id].centre < x - 20 && !before.marks[id].band);
    const bands = ids.filter((id) => before.marks[id].band && before.marks[id].width > 20);
    expect(right.length + left.length).toBeGreaterThan(0);
    expect(bands.length).toBeGreaterThan(0);
    for (const id of right) expect(mid!.marks[id].centre).toBeGreaterThan(before.marks[id].centre);
    for (const id of left) expect(mid!.marks[id].centre).toBeLessThan(before.marks[id].centre);
    for (const id of bands) expect(mid!.marks[id].width).toBeGreaterThan(before.marks[id].width * 1.2);
    // Mid-gesture nothing is laid out again: the ticks are the ones drawn before.
    expect(mid!.ticks).toEqual(before.ticks);

    // The pause ends the gesture: a fresh layout, no slide left, and every point that was
    // slid is drawn where the slide had put it (the slide previewed the layout truly).
    await expect.poll(async () => (await drawn(page)).sliding, { timeout: 5000 }).toBe(false);
    const after = await drawn(page);
    expect(after.ticks).not.toEqual(before.ticks);
    const last = frames.at(-1)!;
    // every frame of the pinch came before the pause: the last one still slides
    expect(frames.map((f) => f.sliding)).toEqual([true, true, true, true]);
    const points = Object.keys(last.marks).filter((id) => id in after.marks && last.marks[id].dated && !last.marks[id].band && !id.startsWith('cluster-'));
    expect(points.length).toBeGreaterThan(0);
    for (const id of points) expect(Math.abs(after.marks[id].centre - last.marks[id].centre)).toBeLessThan(2);
    await page.close();
  });

  it('keeps undated events in their group while the dated ones slide', async () => {
    const page = await app.open({ width: 1280, height: 900 }, CHART);
    const svg = (await page.locator('.nl-canvas svg').boundingBox())!;
    const undated = await page.$$eval('.nl-canvas g[data-event-id][data-start=""]', (gs) => gs.map((g) => g.getAttribute('data-mark-id')!));
    expect(undated.length).toBeGreaterThan(0);
    const before = await drawn(page);
    const frames = await pinch(page, Math.round(svg.x + svg.width * 0.3), Math.round(svg.y + 60), 3, -25);
    const mid = frames.filter((f) => f.sliding).at(-1)!;
    for (const id of undated) expect(mid.marks[id].centre).toBeCloseTo(before.marks[id].centre, 0);
    await page.close();
  });
});
