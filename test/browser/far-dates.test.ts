// Publication dates at the ends of the date field (0001-01-01 .. 9999-12-31) in the app: the
// timeline is drawn, and no JavaScript error reaches the page.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { startApp, type AppHarness } from './helpers';

let app: AppHarness;
beforeAll(async () => {
  app = await startApp();
});
afterAll(async () => app?.close());

const publicationDate = (page: Page) => page.locator('input').and(page.getByLabel('Publication date'));

describe('a far publication date in the app', () => {
  it('draws "between March and May officials met" published 9999-06-01 and 0001-06-01', async () => {
    const page = await app.open();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    expect([await publicationDate(page).getAttribute('min'), await publicationDate(page).getAttribute('max')]).toEqual(['0001-01-01', '9999-12-31']);
    await page.getByLabel('Article text').fill('between March and May officials met');
    for (const [published, start, end] of [['9999-06-01', '9999-03-01', '9999-05-31'], ['0001-06-01', '0001-03-01', '0001-05-31']]) {
      await publicationDate(page).fill(published);
      const mark = page.locator(`[data-event-id][data-start="${start}"]`);
      await mark.first().waitFor();
      expect(await mark.first().getAttribute('data-end')).toBe(end);
      expect(await page.getByRole('alert').count()).toBe(0);
    }
    expect(errors).toEqual([]);
    await page.close();
  });
});
