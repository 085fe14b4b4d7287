import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { CHART, startApp, type AppHarness } from './helpers';

let app: AppHarness;
let page: Page;

beforeAll(async () => {
  app = await startApp();
  page = await app.open(undefined, CHART);
});
afterAll(async () => app?.close());

const HOSTILE = [
  'On Monday the council met <img src=x onerror="window.__pwned=1"> and voted.',
  'The mayor will speak on Friday. <script>window.__pwned=2</script>',
  'Read more <a href="javascript:window.__pwned=3">here</a>; the vote was held last week.',
].join('\n');

describe('article text with markup in it', () => {
  it('is shown as text in the timeline, details and highlights, and never runs', async () => {
    await page.getByRole('textbox', { name: 'Article text' }).fill(HOSTILE);
    await page.getByRole('textbox', { name: 'Publication date' }).fill('2025-11-05');
    await expect.poll(() => page.locator('.article').textContent(), { timeout: 10_000 }).toContain('<img src=x onerror');
    for (const el of await page.locator('.nl-mark-label').all()) await el.click();
    await page.locator('.source').first().click();
    expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
    expect(await page.locator('main img, main script, main a[href^="javascript:"]').count()).toBe(0);
    expect(await page.locator('.article').textContent()).toContain('<script>window.__pwned=2</script>');
  });
});

describe('text with no dates and a bad date', () => {
  it('shows a helpful empty state when the text has no dated statements', async () => {
    await page.getByRole('textbox', { name: 'Article text' }).fill('A quiet story about a cat who sleeps a lot.');
    await expect.poll(() => page.getByRole('status').filter({ hasText: 'No dated statements found' }).count(), { timeout: 10_000 }).toBe(1);
  });

  it('says a text in another language is not read, and keeps it', async () => {
    const french = 'Le conseil municipal s’est réuni mardi pour voter le budget de la ville. Les élus ont adopté une hausse des impôts locaux de deux pour cent, après un long débat sur les écoles, les routes et le port. Le maire a déclaré que les travaux commenceront en mars et que la nouvelle gare ouvrira l’an prochain.';
    await page.getByRole('textbox', { name: 'Publication date' }).fill('2025-11-05');
    await page.getByRole('textbox', { name: 'Article text' }).fill(french);
    await expect.poll(() => page.getByRole('status').filter({ hasText: 'does not read as English' }).count(), { timeout: 10_000 }).toBe(1);
    expect(await page.getByRole('textbox', { name: 'Article text' }).inputValue()).toBe(french);
    await page.getByRole('textbox', { name: 'Article text' }).fill('A quiet story about a cat who sleeps a lot.');
  });

  it('says what is wrong with an empty publication date and keeps the text', async () => {
    await page.getByRole('textbox', { name: 'Publication date' }).fill('');
    await expect.poll(() => page.getByRole('alert').textContent()).toContain('publication date');
    expect(await page.getByRole('textbox', { name: 'Article text' }).inputValue()).toBe('A quiet story about a cat who sleeps a lot.');
  });
});

describe('a 1 MB paste', () => {
  it('keeps the text whole and the timeline working', async () => {
    const para = 'The committee met on Monday and will report in March. ';
    const big = para.repeat(Math.ceil(1_000_000 / para.length));
    const box = page.getByRole('textbox', { name: 'Article text' });
    await page.getByRole('textbox', { name: 'Publication date' }).fill('2025-11-05');
    await box.fill(big);
    // The page still answers: a keystroke lands while extraction runs in the worker.
    await box.press('End');
    await box.pressSequentially('!');
    expect(await box.evaluate((el: HTMLTextAreaElement) => el.value.length)).toBe(big.length + 1);
    await expect.poll(() => page.locator('g[data-mark-id]').count(), { timeout: 30_000 }).toBeGreaterThan(0);
  });
});
