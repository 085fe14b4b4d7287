import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { startApp, type AppHarness } from './helpers';

// A real saved page (trimmed and credited in test/fixtures/pages/CREDITS.md): the New York Times
// on the arrest of Ahmad Khan Rahami, published 19 September 2016. Its furniture includes
// "Advertisement", "Supported by" and "Continue reading the main story" lines.
const NYT = readFileSync('test/fixtures/pages/www.nytimes.com.html', 'utf8');
const LEAD = 'The man who the police said sowed terror across two states';
const FURNITURE = ['Advertisement', 'Supported by', 'Continue reading the main story'];

let app: AppHarness;
beforeAll(async () => {
  app = await startApp();
});
afterAll(async () => app?.close());

// Hidden included: on a phone the form folds away once the article is in (the graphic first).
const articleText = (page: Page) => page.getByRole('textbox', { name: 'Article text', includeHidden: true });
const publicationDate = (page: Page) => page.locator('input').and(page.getByLabel('Publication date'));
const pwned = (page: Page) => page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned);

function drop(page: Page, html: string, name: string) {
  return page.evaluate(([html, name]) => {
    const data = new DataTransfer();
    data.items.add(new File([html], name, { type: 'text/html' }));
    const main = document.querySelector('main')!;
    main.dispatchEvent(new DragEvent('dragover', { dataTransfer: data, bubbles: true, cancelable: true }));
    main.dispatchEvent(new DragEvent('drop', { dataTransfer: data, bubbles: true, cancelable: true }));
  }, [html, name]);
}

/** A paste as Chromium fires it for a copied page: text/html beside text/plain. */
function paste(page: Page, html: string, plain: string) {
  return articleText(page).evaluate((el, [html, plain]) => {
    const data = new DataTransfer();
    data.setData('text/html', html);
    data.setData('text/plain', plain);
    el.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
  }, [html, plain]);
}

async function expectStoryWithoutFurniture(page: Page) {
  await expect.poll(() => articleText(page).inputValue(), { timeout: 10_000 }).toContain(LEAD);
  const lines = (await articleText(page).inputValue()).split('\n').map((l) => l.trim());
  for (const line of FURNITURE) expect(lines).not.toContain(line);
  expect(await publicationDate(page).inputValue()).toBe('2016-09-19');
  // The page states its date twice (article:published_time and the byline's <time>); either
  // is a true source, and which one ingest prefers is ingest's choice.
  const date = page.getByRole('button', { name: /^Published 19 Sept? 2016, from the page's (metadata|byline): correct the date$/, includeHidden: true });
  expect(await date.count()).toBe(1);
  await expect.poll(() => page.locator('main').textContent()).toMatch(/19 Sept? 2016 \(from the page's (metadata|byline)\)/);
  await expect.poll(() => page.locator('[data-event-id]').count(), { timeout: 20_000 }).toBeGreaterThan(0);
  expect(await page.locator('[data-marker="published"]').count()).toBeGreaterThan(0);
}

describe('a real saved news page', () => {
  it('dropped on the app, gives the story without its furniture lines and says where its date came from', async () => {
    const page = await app.open();
    await drop(page, NYT, 'www.nytimes.com.html');
    await expectStoryWithoutFurniture(page);
    // One click on the date takes the user to the field to correct it.
    await page.getByRole('button', { name: /^Published 19 Sept? 2016/ }).click();
    expect(await publicationDate(page).evaluate((el) => el === document.activeElement)).toBe(true);
    await page.close();
  });

  it('pasted as a copied page, goes the same way, and Undo brings back the sample', async () => {
    const page = await app.open(({ width: 375, height: 800 }));
    await page.getByRole('button', { name: /^Article/ }).click();
    const sample = await articleText(page).inputValue();
    await paste(page, NYT, 'Advertisement\nSupported by\n' + LEAD);
    await expectStoryWithoutFurniture(page);
    await page.getByRole('button', { name: 'Undo' }).click();
    await expect.poll(() => articleText(page).inputValue()).toBe(sample);
    expect(await publicationDate(page).inputValue()).toBe('2025-11-05');
    await page.close();
  });
});

// Markup a hostile page might carry: every way it could try to run is a flag on window.
const PARAGRAPH = 'Negotiators met in Geneva on Friday and agreed to meet again next week, officials said after more than six hours of talks.';
const HOSTILE = `<!doctype html><html><head>
  <title>Talks &lt;img src=x onerror="window.__pwned=1"&gt;</title>
  <meta property="og:title" content="&lt;img src=x onerror=&quot;window.__pwned=2&quot;&gt;Talks resume">
  <meta property="article:published_time" content="2024-03-02T08:00:00Z">
  <script>window.__pwned = 3</script>
  <script type="application/ld+json">{"@type":"NewsArticle","publisher":{"name":"<svg onload=window.__pwned=4>Wire"}}</script>
  <base href="javascript:window.__pwned=5//"><link rel="stylesheet" href="http://127.0.0.1:9/steal.css"></head>
  <body onload="window.__pwned=6"><article><h1>Talks resume</h1>
  <p>${PARAGRAPH} <img src="x" onerror="window.__pwned=7"></p>
  <p>${PARAGRAPH} <iframe srcdoc="<script>parent.__pwned=8</script>"></iframe></p>
  <p>${PARAGRAPH} <svg><script>window.__pwned=9</script></svg><a href="javascript:window.__pwned=10">more</a></p>
  <p>${PARAGRAPH} <object data="javascript:window.__pwned=11"></object><video src=x onerror="window.__pwned=12"></video></p>
  </article></body></html>`;

describe('a page carrying script and event-handler payloads', () => {
  it('is read as data, dropped or pasted: nothing in it runs or is rendered as markup', async () => {
    const page = await app.open();
    await drop(page, HOSTILE, 'talks.html');
    await expect.poll(() => articleText(page).inputValue(), { timeout: 10_000 }).toContain('Negotiators met in Geneva');
    await paste(page, HOSTILE, PARAGRAPH);
    await expect.poll(() => page.getByRole('status').filter({ hasText: 'Pasted the article from the copied page' }).count()).toBe(1);
    await expect.poll(() => page.locator('[data-event-id]').count(), { timeout: 20_000 }).toBeGreaterThan(0);
    await page.waitForTimeout(500);
    expect(await pwned(page)).toBeUndefined();
    expect(await page.locator('main img, main iframe, main object, main video, main svg script, main a[href^="javascript:"]').count()).toBe(0);
    expect(await page.locator('.detected').textContent()).toContain('<img src=x onerror="window.__pwned=2">Talks resume');
    await page.close();
  });
});
