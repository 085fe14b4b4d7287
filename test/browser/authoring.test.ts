import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { CHART, startApp, type AppHarness } from './helpers';

let app: AppHarness;

beforeAll(async () => {
  app = await startApp();
});
afterAll(async () => app?.close());

/** Id, start and end of the first single event drawn as a range of at least two days. */
async function firstRange(page: Page): Promise<{ id: string; start: string; end: string }> {
  const found = await page.evaluate(() => {
    const marks = Array.from(document.querySelectorAll('[data-event-id]:not([data-cluster])'));
    const m = marks.find((g) => g.getAttribute('data-start') && g.getAttribute('data-start') !== g.getAttribute('data-end'));
    return m && { id: m.getAttribute('data-event-id')!, start: m.getAttribute('data-start')!, end: m.getAttribute('data-end')! };
  });
  if (!found) throw new Error('the sample has no event drawn as a range');
  return found;
}

const dayBefore = (day: string) => new Date(Date.parse(`${day}T00:00:00Z`) - 86_400_000).toISOString().slice(0, 10);

// The SVG's published line is also named "Publication date"; the field is the input.
const publicationDate = (page: Page) => page.locator('input').and(page.getByLabel('Publication date'));

const mark = (page: Page, id: string) => page.locator(`[data-event-id="${id}"]`);

/** Waits until the debounced save has written `text` into the saved timeline. */
async function savedContains(page: Page, text: string) {
  await page.waitForFunction((t) => Object.keys(localStorage).some((k) => k.startsWith('newsline:timeline:') && localStorage.getItem(k)!.includes(t)), text);
}

async function timelineState(page: Page): Promise<string[]> {
  return page.evaluate(() =>
    Array.from(document.querySelectorAll('[data-event-id]')).map((g) =>
      ['data-event-id', 'data-status', 'data-start', 'data-end', 'aria-label'].map((a) => g.getAttribute(a)).join('|'),
    ),
  );
}

describe('authoring in the browser', () => {
  it('keeps an edited label and date across a reload, and undoes them after it', async () => {
    const page = await app.open(undefined, CHART);
    const { id, end } = await firstRange(page);
    await mark(page, id).click();
    await page.getByLabel('Event label').fill('Edited label');
    const newEnd = dayBefore(end);
    await page.getByLabel('End date').fill(newEnd);
    await expect.poll(() => mark(page, id).getAttribute('data-end')).toBe(newEnd);
    await savedContains(page, newEnd);

    await page.reload();
    await page.waitForSelector('[data-marker="published"]');
    await expect.poll(() => mark(page, id).getAttribute('data-end')).toBe(newEnd);
    expect(await mark(page, id).getAttribute('aria-label')).toContain('Edited label');
    expect(await mark(page, id).getAttribute('data-edited')).toBe('');

    await page.getByRole('button', { name: 'Undo' }).click();
    await expect.poll(() => mark(page, id).getAttribute('data-end')).toBe(end);
    expect(await mark(page, id).getAttribute('aria-label')).toContain('Edited label');
    await page.keyboard.press('Control+z');
    await expect.poll(() => mark(page, id).getAttribute('aria-label')).not.toContain('Edited label');
    expect(await mark(page, id).getAttribute('data-edited')).toBeNull();
    await page.close();
  });

  it('opens an HTML file and takes its publication date from JSON-LD', async () => {
    const page = await app.open();
    const html = `<!doctype html><html><head><title>Talks | Wire</title>
      <script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle",
        "headline":"Negotiators agree to meet again","datePublished":"2024-03-02T09:30:00+00:00"}</script></head>
      <body><nav>Home · World</nav><article><h1>Negotiators agree to meet again</h1>
      <p>Negotiators met on Friday in Geneva and will meet again next week.</p>
      <p>The talks, the first since the ceasefire collapsed in January, lasted more than six hours in a hotel by the lake.</p>
      <p>A second round is expected to focus on prisoner exchanges and the reopening of border crossings.</p></article></body></html>`;
    await page.getByLabel('Open file').setInputFiles({ name: 'talks.html', mimeType: 'text/html', buffer: Buffer.from(html) });
    await expect.poll(() => publicationDate(page).inputValue()).toBe('2024-03-02');
    expect(await page.getByLabel('Headline').inputValue()).toBe('Negotiators agree to meet again');
    expect(await page.getByLabel('Article text').inputValue()).toContain('Negotiators met on Friday in Geneva');
    await expect.poll(() => page.locator('[data-event-id][data-start="2024-03-01"]').count()).toBeGreaterThan(0);
    await page.close();
  });

  it('a failed import leaves the timeline as it was, and says why', async () => {
    const page = await app.open();
    const before = await timelineState(page);
    const text = await page.getByLabel('Article text').inputValue();
    await page.getByLabel('Open file').setInputFiles({ name: 'broken.json', mimeType: 'application/json', buffer: Buffer.from('{"version": 1, "events": [') });
    await expect.poll(() => page.getByRole('alert').first().textContent()).toContain('not valid JSON');
    await page.getByLabel('Import TimelineJS').setInputFiles({ name: 'tl.json', mimeType: 'application/json', buffer: Buffer.from('{"events":[{"start_date":{"year":2025,"month":14}}]}') });
    await expect.poll(() => page.getByRole('alert').first().textContent()).toContain('month 14');
    expect(await timelineState(page)).toEqual(before);
    expect(await page.getByLabel('Article text').inputValue()).toBe(text);
    expect(await page.getByRole('button', { name: 'Undo' }).isDisabled()).toBe(true);
    await page.close();
  });

  it('a copied link opens the same timeline in a fresh browser profile', async () => {
    const page = await app.open(undefined, CHART);
    const { id } = await firstRange(page);
    await mark(page, id).click();
    await page.getByLabel('Event label').fill('Shared edit');
    await page.getByLabel('Status').selectOption('projected');
    await expect.poll(() => mark(page, id).getAttribute('data-status')).toBe('projected');
    await page.getByLabel('Credit line').fill('Graphic: Newsline desk');
    await page.getByLabel('Date style').selectOption('ap');
    const before = await timelineState(page);
    await page.locator('summary', { hasText: 'File' }).click();
    await page.getByRole('button', { name: 'Copy link' }).click();
    const link = await page.getByLabel('Link to this timeline').inputValue();
    expect(link).toMatch(/#doc=[\w-]+&s=[\w-]+$/);

    const fresh = await app.browser.newContext({ viewport: { width: 1280, height: 900 } });
    const other = await fresh.newPage();
    await other.goto(link);
    await other.waitForSelector('[data-marker="published"]');
    await expect.poll(() => mark(other, id).getAttribute('aria-label')).toContain('Shared edit');
    expect(await timelineState(other)).toEqual(before);
    expect(await other.getByLabel('Credit line').inputValue()).toBe('Graphic: Newsline desk');
    expect(await other.getByLabel('Date style').inputValue()).toBe('ap');
    expect(other.url()).not.toContain('#doc=');
    await fresh.close();
    await page.close();
  });

  it('a damaged link says so and opens the usual timeline', async () => {
    const context = await app.browser.newContext();
    const page = await context.newPage();
    await page.goto(`${app.server.url}#doc=not-a-real-payload`);
    await page.waitForSelector('[data-marker="published"]');
    await expect.poll(() => page.getByRole('alert').first().textContent()).toContain('Could not open the timeline in this link');
    expect(await page.locator('[data-event-id]').count()).toBeGreaterThan(0);
    await context.close();
  });

  it('says when storage is full and keeps working in memory', async () => {
    const context = await app.browser.newContext({ viewport: { width: 1280, height: 900 } });
    // Storage that answers a probe but refuses anything of size, as a full quota does.
    await context.addInitScript(() => {
      const setItem = Storage.prototype.setItem;
      Storage.prototype.setItem = function (key: string, value: string) {
        if (key === 'newsline:probe') return setItem.call(this, key, value);
        throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      };
    });
    const page = await context.newPage();
    await page.goto(app.server.url + CHART);
    await page.waitForSelector('[data-marker="published"]');
    const { id } = await firstRange(page);
    await mark(page, id).click();
    await page.getByLabel('Event label').fill('Kept in memory');
    await expect.poll(() => page.getByRole('alert').first().textContent()).toContain('storage for Newsline is full');
    await expect.poll(() => mark(page, id).getAttribute('aria-label')).toContain('Kept in memory');
    await page.getByRole('button', { name: 'Undo' }).click();
    await expect.poll(() => mark(page, id).getAttribute('aria-label')).not.toContain('Kept in memory');
    await context.close();
  });

  it('says when storage is blocked, from the start', async () => {
    const context = await app.browser.newContext();
    await context.addInitScript(() => {
      Object.defineProperty(window, 'localStorage', { get() { throw new DOMException('Access is denied.', 'SecurityError'); } });
    });
    const page = await context.newPage();
    await page.goto(app.server.url);
    await page.waitForSelector('[data-marker="published"]');
    await expect.poll(() => page.getByRole('alert').first().textContent()).toContain('does not let Newsline save anything');
    await context.close();
  });

  it('dragging a selected month-long event moves it by whole months, and undo puts it back', async () => {
    const page = await app.open(undefined, CHART);
    const month = await page.evaluate(() => {
      const g = Array.from(document.querySelectorAll('[data-event-id]:not([data-cluster])')).find((m) => {
        const [s, e] = [m.getAttribute('data-start') ?? '', m.getAttribute('data-end') ?? ''];
        return s.endsWith('-01') && s.slice(0, 7) === e.slice(0, 7) && Number(e.slice(8)) >= 28;
      });
      return g && { id: g.getAttribute('data-event-id')!, start: g.getAttribute('data-start')! };
    });
    if (!month) throw new Error('the sample has no month-long event');
    await mark(page, month.id).click();
    const band = (await mark(page, month.id).locator('.nl-shape').first().boundingBox())!;
    const [x, y] = [band.x + band.width / 2, band.y + band.height / 2];
    await page.mouse.move(x, y);
    await page.mouse.down();
    // The band is one month wide: 1.2 of its widths is a month and a bit, which snaps to one month.
    await page.mouse.move(x + band.width * 1.2, y, { steps: 6 });
    await page.mouse.up();
    const next = new Date(Date.UTC(Number(month.start.slice(0, 4)), Number(month.start.slice(5, 7)), 1)).toISOString().slice(0, 7);
    await expect.poll(() => mark(page, month.id).getAttribute('data-start')).toBe(`${next}-01`);
    await page.getByRole('button', { name: 'Undo' }).click();
    await expect.poll(() => mark(page, month.id).getAttribute('data-start')).toBe(month.start);
    await page.close();
  });

  it('adds an event from text selected in the article, and selects it for editing', async () => {
    const page = await app.open();
    const text = await page.getByLabel('Article text').inputValue();
    const sentence = 'Choe met with Putin last week';
    const at = text.indexOf(sentence);
    expect(at).toBeGreaterThanOrEqual(0);
    await page.getByLabel('Article text').evaluate((el: HTMLTextAreaElement, [s, e]) => {
      el.focus();
      el.setSelectionRange(s, e);
    }, [at, at + sentence.length]);
    await page.getByRole('button', { name: 'Add event' }).click();
    await expect.poll(() => page.getByLabel('Event label').inputValue()).toBe(sentence);
    await expect.poll(() => page.locator('[data-event-id="user-1"]').count()).toBe(1);
    await page.getByLabel('Start date').fill('2025-10-28');
    await expect.poll(() => page.locator('[data-event-id="user-1"]').getAttribute('data-start')).toBe('2025-10-28');
    await page.close();
  });

  it('a damaged saved timeline is reported, and the app opens the sample instead of crashing', async () => {
    const context = await app.browser.newContext();
    await context.addInitScript(() => {
      if (sessionStorage.getItem('seeded')) return;
      sessionStorage.setItem('seeded', '1');
      localStorage.setItem('newsline:current', 'broken');
      localStorage.setItem('newsline:timeline:broken', '{"format":1,"history":{"present":{"text":');
    });
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(app.server.url);
    await page.waitForSelector('[data-marker="published"]');
    await expect.poll(() => page.getByRole('alert').first().textContent()).toContain('The saved timeline is damaged');
    expect(await page.locator('[data-event-id]').count()).toBeGreaterThan(0);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('opens a .txt file dropped on the page, and draws it once given its publication date', async () => {
    const page = await app.open();
    await page.evaluate(() => {
      const data = new DataTransfer();
      data.items.add(new File(['Ministers met on Monday and will vote in March.'], 'brief.txt', { type: 'text/plain' }));
      const target = document.querySelector('main')!;
      target.dispatchEvent(new DragEvent('dragover', { dataTransfer: data, bubbles: true, cancelable: true }));
      target.dispatchEvent(new DragEvent('drop', { dataTransfer: data, bubbles: true, cancelable: true }));
    });
    await expect.poll(() => page.getByLabel('Article text').inputValue()).toBe('Ministers met on Monday and will vote in March.');
    await expect.poll(() => page.getByRole('status').filter({ hasText: 'Opened "brief.txt"' }).count()).toBe(1);
    // A text file states no date: the app asks for it rather than keep the previous article's.
    expect(await publicationDate(page).inputValue()).toBe('');
    await publicationDate(page).fill('2025-11-05');
    await expect.poll(() => page.locator('[data-event-id][data-status="projected"]').count()).toBeGreaterThan(0);
    await page.close();
  });
});
