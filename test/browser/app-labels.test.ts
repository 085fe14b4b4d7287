// Real articles loaded into the built app as a user would (the sample it opens on; saved news
// pages dropped on it), at a phone's 375 x 740, 760 and 1280 px: every event's label is read in
// full, nothing overlaps, nothing is clustered in the default view, and on the phone the first
// event with its label is on the first screen. Figures are printed per article and width, so a
// run against another build (APP_DIR) gives the before and after; APP_QUERY=?view=chart
// measures the scale chart the same way (its figures, not the default view's targets).
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { extract } from '../../src/lib/extract';
import { ingest } from '../../src/lib/ingest';
import { parseHtmlNode } from '../../src/lib/ingest/dom/node';
import { startApp, type AppHarness } from './helpers';
import { measureLabels, type LabelFigures } from './label-measure';

const SAMPLE = readFileSync('public/samples/korea-summit.txt', 'utf8');
const gold: { pages: { file: string; published: string }[] } = JSON.parse(readFileSync('test/fixtures/pages/gold.json', 'utf8'));
// The longest English pages of the committed set with dated events (test/fixtures/pages/CREDITS.md;
// the Washington Post's op-ed has none).
const PAGES = ['www.theguardian.com.html', 'www.theverge.com.html', 'money.cnn.com.html', 'www.nytimes.com.html', 'www.huffingtonpost.com.html', 'www.reuters.com.html'];
const QUERY = process.env.APP_QUERY ?? '';
const WIDTHS = [
  { width: 375, height: 740, target: 0.9 },
  { width: 760, height: 900, target: 0.95 },
  { width: 1280, height: 900, target: 0.95 },
];

interface Article {
  name: string;
  html: string | null;
  published: string;
  events: { id: string; label: string }[];
}

function pageArticle(file: string): Article {
  const html = readFileSync(`test/fixtures/pages/${file}`, 'utf8');
  const published = gold.pages.find((p) => p.file === file)!.published;
  const a = ingest(html, { kind: 'html', parseHtml: parseHtmlNode });
  const doc = extract(a.text, { title: a.title, published, url: a.url, publisher: a.publisher });
  return { name: file.replace(/^www\.|\.html$/g, ''), html, published, events: doc.events.map(({ id, label }) => ({ id, label })) };
}

const ARTICLES: Article[] = [
  { name: 'sample', html: null, published: '2025-11-05', events: extract(SAMPLE, { title: null, published: '2025-11-05', url: null, publisher: null }).events.map(({ id, label }) => ({ id, label })) },
  ...PAGES.map(pageArticle),
];

const eventCount = (page: Page) => page.locator('[data-event-id]').count();

/** Drops the saved page on the app, as a reader's file would land, and waits for its timeline. */
async function load(page: Page, article: Article) {
  if (article.html) {
    await page.evaluate((html) => {
      const data = new DataTransfer();
      data.items.add(new File([html], 'page.html', { type: 'text/html' }));
      const main = document.querySelector('main')!;
      main.dispatchEvent(new DragEvent('dragover', { dataTransfer: data, bubbles: true, cancelable: true }));
      main.dispatchEvent(new DragEvent('drop', { dataTransfer: data, bubbles: true, cancelable: true }));
    }, article.html);
    const date = page.locator('input[type="date"]');
    await expect.poll(() => date.inputValue(), { timeout: 15_000 }).not.toBe('2025-11-05');
    if ((await date.inputValue()) !== article.published) await date.fill(article.published);
  }
  // In: a mark names the article's first event (its full label, or its accessible name in
  // builds whose marks carry no data-label); then settled: the same number of marks twice.
  const first = article.events[0]?.label ?? '';
  await expect
    .poll(
      () =>
        page.evaluate((first) => Array.from(document.querySelectorAll('[data-event-id]')).some((m) => (m.getAttribute('data-label') ?? m.getAttribute('aria-label') ?? '').startsWith(first)), first),
      { timeout: 20_000 },
    )
    .toBe(true);
  let last = -1;
  await expect
    .poll(
      async () => {
        const n = await eventCount(page);
        const same = n > 0 && n === last;
        last = n;
        return same;
      },
      { timeout: 20_000, interval: 400 },
    )
    .toBe(true);
  await page.evaluate(() => window.scrollTo(0, 0));
}

/** After a resize: the drawn labels' boxes the same on two frames in a row, page at the top. */
async function settled(page: Page) {
  await page.evaluate(() => window.scrollTo(0, 0));
  let last = '';
  await expect
    .poll(
      async () => {
        const now = await page.evaluate(() =>
          Array.from(document.querySelectorAll('[data-label-for]'))
            .map((e) => {
              const r = e.getBoundingClientRect();
              return `${Math.round(r.x)},${Math.round(r.y)},${Math.round(r.width)}`;
            })
            .join(';') + `|${innerWidth}`,
        );
        const same = now === last;
        last = now;
        return same;
      },
      { timeout: 20_000, interval: 200 },
    )
    .toBe(true);
}

let app: AppHarness;
const figures: { article: string; width: number; f: LabelFigures }[] = [];
beforeAll(async () => {
  app = await startApp();
});
afterAll(async () => {
  // The table a before/after comparison reads (APP_DIR chooses the build).
  for (const { width } of WIDTHS) {
    const rows = figures.filter((r) => r.width === width);
    const mean = rows.reduce((s, r) => s + r.f.drawn, 0) / Math.max(1, rows.length);
    console.log(
      `${QUERY || 'default view'} ${width}px: ${(100 * mean).toFixed(1)}% of label characters drawn; ` +
        rows.map((r) => `${r.article} ${(100 * r.f.drawn).toFixed(0)}% (${r.f.events} ev, ${r.f.overlaps.length} overlaps, ${r.f.clusters} clusters${width === 375 ? `, first at ${r.f.first?.markTop ?? '-'}/${r.f.first?.labelBottom ?? '-'}` : ''})`).join('; '),
    );
  }
  await app?.close();
});

// One tab an article, loaded at the phone's size first (as a reader's phone opens it) and then
// widened: the app re-lays the same timeline at each width, so three loads are not needed to
// measure three widths (21 app loads -> 7).
describe.each(ARTICLES)('$name in the app', (article) => {
  // Loaded by the first width's test (expect.poll runs only inside a test), reused by the rest.
  let page: Page | null = null;
  afterAll(async () => {
    await page?.close();
  });

  it.each(WIDTHS)('at $width px every label is drawn in full, nothing overlaps or clusters', async ({ width, height, target }) => {
    if (!page) {
      page = await app.open({ width, height }, QUERY);
      await load(page, article);
    }
    await page.setViewportSize({ width, height });
    await settled(page);
    const f = await measureLabels(page, article.events);
    figures.push({ article: article.name, width, f });
    expect(f.cut.slice(0, 5)).toEqual(f.drawn >= target ? f.cut.slice(0, 5) : []);
    expect(f.drawn).toBeGreaterThanOrEqual(target);
    expect(f.overlaps).toEqual([]);
    expect(f.clusters).toBe(0);
    if (width === 375) {
      // The first event and its label on the phone's first screen, article in.
      expect(f.first).not.toBeNull();
      expect(f.first!.labelBottom).toBeLessThanOrEqual(height);
    }
  });
});
