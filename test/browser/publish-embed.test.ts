// The iframe embed in a newsroom page on another origin, and the web component in a page
// with hostile global CSS. Runs against the built files in dist/app (npm run build first).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { seriousViolations, testBrowser } from './helpers';
import { DIST_APP, FIXTURES, serveDir, type StaticServer } from './publish-helpers';

let browser: Browser;
let app: StaticServer;
let parentSite: StaticServer;

beforeAll(async () => {
  app = await serveDir(DIST_APP, '127.0.0.1');
  parentSite = await serveDir(FIXTURES, 'localhost'); // another origin: other host and port
  browser = await testBrowser();
});

afterAll(async () => {
  await browser?.close();
  await app?.close();
  await parentSite?.close();
});

async function openParent(width: number): Promise<Page> {
  const page = await browser.newPage({ viewport: { width, height: 900 } });
  await page.goto(`${parentSite.url}parent.html?app=${encodeURIComponent(app.url)}`);
  return page;
}

const frameHeight = (page: Page, host: string) =>
  page.locator(`${host} iframe`).evaluate((f) => (f as HTMLIFrameElement).getBoundingClientRect().height);

/** The height of the frame's content, measured inside the frame. */
async function contentHeight(page: Page, host: string): Promise<number> {
  const frame = await (await page.locator(`${host} iframe`).elementHandle())!.contentFrame();
  return frame!.evaluate(() => Math.ceil(document.getElementById('newsline-embed')!.getBoundingClientRect().height));
}

describe('the iframe embed on another origin', () => {
  // The tests that only read the parent page share one load of it (the forger in it posts
  // all along); the one that narrows the window, and the one that loads embed.html itself,
  // have their own.
  let parent: Promise<Page> | undefined;
  const sharedParent = () => (parent ??= openParent(1000));
  afterAll(async () => {
    await parent?.then((p) => p.close(), () => undefined);
  });

  it('turns the placeholder into a titled iframe of embed.html', async () => {
    const page = await sharedParent();
    const iframe = page.locator('#story iframe');
    await iframe.waitFor();
    expect(await iframe.getAttribute('title')).toBe('Timeline: summit talks');
    const src = new URL((await iframe.getAttribute('src'))!);
    expect(src.origin).toBe(new URL(app.url).origin);
    expect(src.searchParams.get('childId')).toBe('story');
    expect(src.searchParams.get('src')).toBe(`${parentSite.url}doc.json`);
  });

  it('draws the timeline inside the frame', async () => {
    const page = await sharedParent();
    const frame = page.frameLocator('#story iframe');
    await frame.locator('[data-event-id="e1"]').waitFor();
    expect(await frame.locator('[data-event-id]').count()).toBe(4);
    expect(await frame.locator('text=<script>alert(1)</script> & friends').count()).toBeGreaterThan(0);
  });

  it('resizes the iframe to its content and ignores forged heights from other windows', async () => {
    const page = await sharedParent();
    await page.frameLocator('#story iframe').locator('[data-event-id="e1"]').waitFor();
    await expect.poll(async () => Math.abs((await frameHeight(page, '#story')) - (await contentHeight(page, '#story')))).toBeLessThanOrEqual(1);
    // The forger has been posting 4321 every 50 ms all along.
    await page.waitForTimeout(300);
    const height = await frameHeight(page, '#story');
    expect(height).not.toBe(4321);
    expect(height).toBeGreaterThan(150);
  });

  it('follows its content when the page narrows, and grows back', async () => {
    const page = await openParent(1000);
    await page.frameLocator('#story iframe').locator('[data-event-id="e1"]').waitFor();
    await expect.poll(() => frameHeight(page, '#story')).toBeGreaterThan(150);
    const wide = await frameHeight(page, '#story');
    await page.setViewportSize({ width: 380, height: 900 }); // a phone: vertical timeline, taller
    await expect.poll(() => frameHeight(page, '#story')).toBeGreaterThan(wide + 50);
    await expect.poll(async () => Math.abs((await frameHeight(page, '#story')) - (await contentHeight(page, '#story')))).toBeLessThanOrEqual(1);
    await page.setViewportSize({ width: 1000, height: 900 }); // and shrinks back
    await expect.poll(() => frameHeight(page, '#story')).toBeLessThan(wide + 5);
    await page.close();
  });

  it('shows a readable message for a document of another version, and still sizes the frame', async () => {
    const page = await sharedParent();
    const alert = page.frameLocator('#broken iframe').getByRole('alert');
    await alert.waitFor();
    expect(await alert.textContent()).toContain('version 2');
    await expect.poll(async () => Math.abs((await frameHeight(page, '#broken')) - (await contentHeight(page, '#broken')))).toBeLessThanOrEqual(1);
    expect(await frameHeight(page, '#broken')).toBeLessThan(150);
  });

  it('reads a document from the URL fragment with no request for it', async () => {
    const page = await browser.newPage({ viewport: { width: 900, height: 800 } });
    const { encodeDocumentFragment } = await import('../../src/lib/publish/fragment');
    const doc = JSON.parse(await (await fetch(`${parentSite.url}doc.json`)).text());
    const requests: string[] = [];
    page.on('request', (r) => requests.push(r.url()));
    await page.goto(`${app.url}embed.html?childId=x#doc=${await encodeDocumentFragment(doc)}`);
    await page.locator('[data-event-id="e3"]').waitFor();
    expect(requests.filter((u) => u.endsWith('.json'))).toEqual([]);
    await page.close();
  });
});

describe('the embed page itself', () => {
  it('has no serious accessibility violations, in light and dark schemes', async () => {
    for (const colorScheme of ['light', 'dark'] as const) {
      const page = await browser.newPage({ viewport: { width: 800, height: 800 }, colorScheme });
      await page.goto(`${app.url}embed.html?src=${encodeURIComponent(`${parentSite.url}doc.json`)}`);
      await page.locator('[data-event-id="e1"]').waitFor();
      expect(await seriousViolations(page)).toEqual([]);
      await page.close();
    }
  });

  it('paints its own background in dark mode, so it stays readable on a white page', async () => {
    const page = await browser.newPage({ viewport: { width: 800, height: 800 }, colorScheme: 'dark' });
    await page.goto(`${app.url}embed.html?src=${encodeURIComponent(`${parentSite.url}doc.json`)}`);
    await page.locator('[data-event-id="e1"]').waitFor();
    expect(await page.locator('.nl-embed').evaluate((e) => getComputedStyle(e).backgroundColor)).toBe('rgb(21, 23, 26)');
    await page.close();
  });
});

describe('reading a timeline in the embed', () => {
  // One load for both: the first only reads, the second closes what it opens.
  let embed: Promise<Page> | undefined;
  async function load(): Promise<Page> {
    const page = await browser.newPage({ viewport: { width: 900, height: 900 }, hasTouch: true });
    await page.goto(`${app.url}embed.html?src=${encodeURIComponent(`${parentSite.url}doc.json`)}`);
    await page.locator('[data-event-id="e1"]').waitFor();
    return page;
  }
  const openEmbed = () => (embed ??= load());
  afterAll(async () => {
    await embed?.then((p) => p.close(), () => undefined);
  });

  it('shows the story: nothing before the first event but the headline and the dek, and no zoom', async () => {
    const page = await openEmbed();
    expect(await page.getByRole('button', { name: 'Zoom in' }).count()).toBe(0);
    const before = await page.evaluate(() => {
      const first = document.querySelector('[data-event-id]')!;
      const texts: string[] = [];
      const walker = document.createTreeWalker(document.getElementById('newsline-embed')!, NodeFilter.SHOW_TEXT);
      for (let n = walker.nextNode(); n; n = walker.nextNode()) {
        if (first.compareDocumentPosition(n) & Node.DOCUMENT_POSITION_PRECEDING && n.textContent!.trim()) texts.push(n.parentElement!.tagName);
      }
      return texts;
    });
    expect(before.every((tag) => tag === 'H2' || tag === 'P')).toBe(true);
    expect(before.length).toBeLessThanOrEqual(2);
  });

  it('walks the events with the keyboard and opens the source sentence in place', async () => {
    const page = await openEmbed();
    await page.locator('[data-event-id="e1"]').focus();
    await page.keyboard.press('ArrowDown');
    const focused = await page.evaluate(() => document.activeElement?.getAttribute('data-event-id'));
    expect(focused).toBeTruthy();
    expect(focused).not.toBe('e1');
    await page.keyboard.press('Enter');
    const mark = page.locator(`[data-event-id="${focused}"]`);
    expect(await mark.getAttribute('aria-expanded')).toBe('true');
    expect(await page.locator('blockquote').textContent()).toMatch(/\.\s*$/);
    await page.keyboard.press('Escape');
    expect(await mark.getAttribute('aria-expanded')).toBe('false');
    expect(await page.locator('blockquote').count()).toBe(0);
  });
});

describe('the embed frame protocol', () => {
  it('posts its height as Pym, AMP and Newsline messages with the child id', async () => {
    const page = await browser.newPage({ viewport: { width: 900, height: 800 } });
    // A bare parent page on the fixture origin that records what the frame posts.
    await page.goto(`${parentSite.url}parent.html?app=about:blank`);
    const src = `${app.url}embed.html?childId=probe&src=${encodeURIComponent(`${parentSite.url}doc.json`)}`;
    const messages = await page.evaluate(async (url) => {
      const seen: unknown[] = [];
      window.addEventListener('message', (e) => seen.push(e.data));
      const f = document.createElement('iframe');
      f.src = url;
      f.style.width = '700px';
      document.body.append(f);
      await new Promise((r) => setTimeout(r, 1500));
      return seen;
    }, src);
    expect(messages).toContainEqual(expect.stringMatching(/^pymxPYMxprobexPYMxheightxPYMx\d+$/));
    expect(messages).toContainEqual(expect.objectContaining({ sentinel: 'amp', type: 'embed-size', height: expect.any(Number) }));
    expect(messages).toContainEqual(expect.objectContaining({ type: 'newsline:height', id: 'probe', height: expect.any(Number) }));
    await page.close();
  });
});

describe('the web component in a page with hostile CSS', () => {
  async function styleOf(page: Page, host: string) {
    const el = page.locator(`${host}`);
    await el.locator('[data-event-id="e1"]').waitFor();
    return el.evaluate((h) => {
      const root = h.shadowRoot!;
      const texts = [...root.querySelectorAll('[data-label-for]')];
      const s = getComputedStyle(texts[0]);
      const divs = [...root.querySelectorAll('div')].map((d) => getComputedStyle(d).borderTopWidth);
      const column = root.querySelector('[role="region"]')!.getBoundingClientRect();
      return {
        texts: texts.length,
        fontSize: s.fontSize,
        color: s.color,
        letterSpacing: s.letterSpacing,
        lineHeight: s.lineHeight,
        fontFamily: s.fontFamily,
        display: s.display,
        divs,
        column: [Math.round(column.width), Math.round(column.height)],
        hostFont: getComputedStyle(root.querySelector('.nl-embed')!).fontSize,
      };
    });
  }

  it('renders by URL and inline, drawn exactly as on a clean page', async () => {
    const clean = await browser.newPage({ viewport: { width: 1000, height: 900 } });
    await clean.goto(`${parentSite.url}clean-element.html?app=${encodeURIComponent(app.url)}`);
    const reference = await styleOf(clean, '#by-url');
    const page = await browser.newPage({ viewport: { width: 1000, height: 900 } });
    await page.goto(`${parentSite.url}element.html?app=${encodeURIComponent(app.url)}`);
    for (const host of ['#by-url', '#inline']) {
      const style = await styleOf(page, host);
      expect(style.fontSize).not.toBe('40px');
      expect(style.letterSpacing).toBe('normal');
      expect(style).toEqual(reference);
      expect(style.divs.every((w) => w === '0px')).toBe(true);
      expect(await page.locator(`${host} [data-event-id]`).count()).toBe(4);
    }
    await clean.close();
    await page.close();
  });

  it('shows a readable message for a bad document inside its shadow root', async () => {
    const page = await browser.newPage({ viewport: { width: 1000, height: 900 } });
    await page.goto(`${parentSite.url}element.html?app=${encodeURIComponent(app.url)}`);
    const alert = page.locator('#broken').getByRole('alert');
    await alert.waitFor();
    expect(await alert.textContent()).toContain('version 2');
    await page.close();
  });
});
