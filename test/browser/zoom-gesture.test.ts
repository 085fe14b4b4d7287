import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { CHART, startApp, type AppHarness } from './helpers';

// A real ctrl+wheel pinch on the built app (Chrome sends a trackpad pinch as ctrl+wheel).
// Mid-gesture the drawing slides without a new layout; when the gesture pauses, the full
// layout runs. What the page drew is read in an animation frame after each wheel event,
// before the pause could end the gesture.

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

/** Pinches in `steps` wheel events at page point (x, y); returns what each event's next frame drew. */
async function pinch(page: Page, x: number, y: number, steps: number, deltaY: number): Promise<Drawn[]> {
  await page.evaluate(`window.__frames = [];
    addEventListener('wheel', () => requestAnimationFrame(() => window.__frames.push(${READ})), { capture: true });`);
  await page.mouse.move(x, y);
  await page.keyboard.down('Control');
  for (let i = 0; i < steps; i++) await page.mouse.wheel(0, deltaY);
  await page.keyboard.up('Control');
  await page.waitForFunction(`window.__frames.length === ${steps}`);
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
    const points = Object.keys(last.marks).filter((id) => id in after.marks && last.marks[id].dated && !last.marks[id].band && !id.startsWith('cluster-'));
    if (last.sliding) expect(points.length).toBeGreaterThan(0);
    else points.length = 0; // the pause came early (a loaded machine): nothing slid to compare
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
