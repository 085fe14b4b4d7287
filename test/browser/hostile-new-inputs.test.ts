// What must NOT happen when the inputs the story work added are hostile: a payload running in
// the reader's embed or in an exported picture. One newsroom page on another origin holds every
// way a desk publishes a document (<newsline-timeline src>, the element's inline JSON and the
// iframe's #doc= fragment, both as the app's embed code writes them, and embed.html?src=), each
// with every payload in labels, article text, title, publisher, URL and the presentation's
// headline, dek and credit, a 1 MB title, `__proto__`/`constructor` keys, `</script>` inside the
// JSON; and the exported story SVG opened as a document of its own. Every payload would add one
// to its window's `__pwned`: the test reads that number in every window.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Parser } from 'htmlparser2';
import type { Browser, Frame, Page } from 'playwright-core';
import { encodeDocumentFragment } from '../../src/lib/publish/fragment';
import { embedSnippets } from '../../src/lib/publish/snippets';
import { storyExportSvg } from '../../src/lib/publish/story-export';
import { PRESETS } from '../../src/lib/publish/presets';
import { hostileDocument } from '../unit/fuzz/hostile-document';
import { liveMarkup, svgText } from '../unit/fuzz/live-markup';
import { ALL_IN_ONE, MEGABYTE, PAYLOADS, RUN, withPrototypeKeys } from '../unit/fuzz/payloads';
import { downloadedBytes, testBrowser } from './helpers';
import { DIST_APP, serveDir, type StaticServer } from './publish-helpers';

let browser: Browser;
let app: StaticServer;
let site: StaticServer;
let page: Page;
const dir = mkdtempSync(join(tmpdir(), 'newsline-hostile-site-'));

const DOC = hostileDocument();
const BIG = { ...hostileDocument(), article: { ...DOC.article, title: MEGABYTE }, presentation: { dek: MEGABYTE, credit: MEGABYTE } };
const SCRIPT_CLOSE = hostileDocument({ headline: '</script><script>self.__pwned=(self.__pwned||0)+1</script>', dek: '<!--<script>', credit: ']]></script>' });

/** Frames whose document is refused: each must say why in a sentence, as text. */
const ERROR_FRAMES: [string, string][] = [
  ['err-js', `src=${encodeURIComponent(`javascript:${RUN}`)}`],
  ['err-markup', `src=${encodeURIComponent(PAYLOADS[1])}`],
  ['err-html', 'src=PAGE'],
  ['err-fragment', `#doc=${encodeURIComponent(PAYLOADS[0])}`],
];

beforeAll(async () => {
  app = await serveDir(DIST_APP, '127.0.0.1');
  site = await serveDir(dir, 'localhost'); // the newsroom: another origin
  writeFileSync(join(dir, 'hostile.json'), JSON.stringify(DOC));
  writeFileSync(join(dir, 'proto.json'), withPrototypeKeys(JSON.stringify(DOC)).replace('"presentation":{', '"presentation":{"__proto__":{"headline":"injected"},'));
  writeFileSync(join(dir, 'big.json'), JSON.stringify(BIG));
  writeFileSync(join(dir, 'page.html'), `<!doctype html><title>x</title>${PAYLOADS.join('\n')}`);
  ERROR_FRAMES[2][1] = `src=${encodeURIComponent(`${site.url}page.html`)}`;
  PRESETS.forEach((p) => writeFileSync(join(dir, `${p.name}.svg`), storyExportSvg(DOC, { preset: p.name, theme: 'dark' })));
  const snippets = embedSnippets({ assetBase: app.url, fragment: await encodeDocumentFragment(SCRIPT_CLOSE), document: SCRIPT_CLOSE, headline: SCRIPT_CLOSE.presentation!.headline!, filename: 'x.json' });
  const frameSrc = (doc: string) => `${app.url}embed.html?childId=${doc}&src=${encodeURIComponent(`${site.url}${doc}.json`)}`;
  writeFileSync(join(dir, 'index.html'), `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Newsroom</title></head><body>
<newsline-timeline id="by-src" src="hostile.json" aria-label="by src"></newsline-timeline>
<newsline-timeline id="proto" src="proto.json" aria-label="proto"></newsline-timeline>
<newsline-timeline id="big" src="big.json" aria-label="big"></newsline-timeline>
${snippets.elementInline.replace('<newsline-timeline ', '<newsline-timeline id="inline" ')}
${snippets.frameInline}
<iframe id="frame-src" title="src" src="${frameSrc('hostile')}" style="width:700px;height:600px"></iframe>
<iframe id="frame-proto" title="proto" src="${frameSrc('proto')}" style="width:360px;height:600px"></iframe>
<iframe id="frame-big" title="big" src="${frameSrc('big')}" style="width:360px;height:300px"></iframe>
<newsline-timeline id="bad-src" src="javascript:${RUN}" aria-label="bad"></newsline-timeline>
<newsline-timeline id="bad-inline" aria-label="bad inline"><script type="application/json">{"version":1,"text":"x","timexes":[],"events":[],"article":${JSON.stringify(PAYLOADS[1])}}</script></newsline-timeline>
${ERROR_FRAMES.map(([id, query]) => `<iframe id="${id}" title="${id}" src="${app.url}embed.html?${query}" style="width:500px;height:200px"></iframe>`).join('\n')}
${PRESETS.map((p) => `<iframe class="svg" title="${p.name}" src="${p.name}.svg"></iframe><object class="svg" data="${p.name}.svg" type="image/svg+xml"></object>`).join('\n')}
</body></html>`);
  browser = await testBrowser();
  page = await browser.newPage({ viewport: { width: 1000, height: 900 } });
  await page.goto(site.url);
}, 60_000);

afterAll(async () => {
  await browser?.close();
  await app?.close();
  await site?.close();
  rmSync(dir, { recursive: true, force: true });
});

const executed = (f: Page | Frame) => f.evaluate(() => (self as unknown as { __pwned?: number }).__pwned ?? 0).catch(() => 0);

/** Everything live inside the element's shadow roots and the frames: elements and attributes. */
function liveIn(root: Document | ShadowRoot | Element): string[] {
  const found: string[] = [];
  for (const el of root.querySelectorAll('*')) {
    const tag = el.localName.toLowerCase();
    if (['script', 'iframe', 'object', 'embed', 'img', 'foreignobject', 'base', 'meta'].includes(tag) && !el.closest('head')) found.push(`<${tag}>`);
    // the page's own <newsline-timeline src="javascript:..."> is the newsroom's markup, not ours
    for (const a of tag === 'newsline-timeline' ? [] : el.attributes) {
      if (a.name.startsWith('on')) found.push(`${a.name} on <${tag}>`);
      if (/href|src/.test(a.name) && /^\s*(javascript|data|vbscript):/i.test(a.value)) found.push(`${a.name}="${a.value.slice(0, 40)}"`);
    }
    if (el.shadowRoot) found.push(...liveIn(el.shadowRoot));
  }
  return found;
}

describe('hostile documents in the reader embed and the element', () => {
  it('draws every way of publishing, with the payloads as text', async () => {
    for (const id of ['by-src', 'proto', 'big', 'inline']) {
      await page.locator(`#${id} [data-event-id="e1"]`).first().waitFor({ timeout: 20_000 });
    }
    for (const sel of ['#frame-src', '#frame-proto', '[data-newsline-doc] iframe']) {
      await page.frameLocator(sel).locator('[data-event-id="e1"]').first().waitFor({ timeout: 20_000 });
    }
    const text = await page.locator('#by-src').evaluate((el) => el.shadowRoot!.textContent ?? '');
    expect(text).toContain('<script>self.__pwned=(self.__pwned||0)+1</script>');
    expect(text).toContain(PAYLOADS[1]); // the dek, reversed payloads, carries every one
    const inline = await page.locator('#inline').evaluate((el) => el.shadowRoot!.textContent ?? '');
    expect(inline).toContain('</script><script>self.__pwned=(self.__pwned||0)+1</script>');
    const proto = await page.locator('#proto').evaluate((el) => el.shadowRoot!.textContent ?? '');
    expect(proto).not.toContain('injected');
  });

  it('runs none of them: 0 executed in the page, the element and every frame', async () => {
    await page.waitForTimeout(500); // onload, ontoggle and image errors have had their chance
    const windows = [page, ...page.frames()];
    const counts = await Promise.all(windows.map(executed));
    expect(windows.length).toBeGreaterThanOrEqual(3 + 2 * PRESETS.length);
    expect(counts.reduce((a, b) => a + b, 0)).toBe(0);
    expect(await page.evaluate(() => ({} as Record<string, unknown>).polluted)).toBeUndefined();
  });

  it('leaves no live markup in the drawing', async () => {
    expect(await page.evaluate(liveIn.toString().replace(/^function liveIn/, '(function liveIn') + ')(document).filter((x) => !/^<iframe>|^<object>|^<script>/.test(x))')).toEqual([]);
    for (const f of page.frames().filter((f) => f.url().includes('embed.html'))) {
      expect(await f.evaluate(`(${liveIn.toString()})(document).filter((x) => x !== '<script>' && x !== '<meta>')`)).toEqual([]);
    }
  });

  it('clips a 1 MB title, dek and credit without losing the timeline', async () => {
    const labels = await page.locator('#big [data-event-id]').count();
    expect(labels).toBeGreaterThanOrEqual(PAYLOADS.length);
    const height = await page.locator('#big').evaluate((el) => el.getBoundingClientRect().height);
    expect(height).toBeLessThan(40_000);
    await page.frameLocator('#frame-big').locator('[data-event-id="e1"]').first().waitFor({ timeout: 20_000 });
    const title = await page.frames().find((f) => f.url().includes('childId=big'))!.title();
    expect(title.length).toBeLessThanOrEqual(320);
    expect(title.startsWith('Timeline: <img src=x onerror=')).toBe(true);
  });
});

describe('hostile addresses and documents the embed refuses', () => {
  it('says why in a sentence shown as text, and runs nothing', async () => {
    const said: string[] = [];
    for (const id of ['bad-src', 'bad-inline']) {
      const alert = page.locator(`#${id} [role="alert"]`);
      await alert.waitFor({ timeout: 10_000 });
      said.push((await alert.textContent()) ?? '');
    }
    for (const [id] of ERROR_FRAMES) {
      const alert = page.frameLocator(`#${id}`).locator('[role="alert"]');
      await alert.waitFor({ timeout: 10_000 });
      said.push((await alert.textContent()) ?? '');
    }
    expect(said).toEqual([
      'The timeline address must start with https:// (found javascript:).',
      expect.stringMatching(/^The document's article must be an object, found .*<img src=x onerror=/),
      'The timeline address must start with https:// (found javascript:).',
      expect.stringMatching(/^The timeline could not be loaded from 127\.0\.0\.1:\d+: the server answered 404\.$/),
      expect.stringMatching(/^The file at localhost:\d+\/page\.html is not a timeline: it is not JSON\.$/),
      'The timeline in this link is damaged: it holds characters a timeline link never has.',
    ]);
    for (const line of said) expect(line).not.toMatch(/\[object |undefined|Cannot read/);
    expect((await Promise.all([page, ...page.frames()].map(executed))).reduce((a, b) => a + b, 0)).toBe(0);
  });
});

describe('the exported story pictures opened as documents', () => {
  it('hold no script, no handler and no foreignObject that the browser could run', async () => {
    const svgFrames = page.frames().filter((f) => f.url().endsWith('.svg'));
    expect(svgFrames.length).toBe(2 * PRESETS.length); // each as an <iframe> and an <object>
    for (const f of svgFrames) {
      expect(await f.evaluate(() => document.querySelectorAll('script, foreignObject, [onload], [onerror], a, use, image').length)).toBe(0);
      expect(await executed(f)).toBe(0);
    }
  });
});

describe('the app\'s headline, dek and credit fields with every payload', () => {
  it('preview, Export SVG, Export PNG and the embed code carry them as text, and nothing runs', async () => {
    const appPage = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    await appPage.goto(app.url);
    await appPage.waitForSelector('[data-marker="published"]', { timeout: 20_000 });
    await appPage.getByRole('textbox', { name: 'Article text' }).fill(DOC.text.replace(/ happened\./g, ' happened on Monday.'));
    await appPage.getByRole('textbox', { name: 'Publication date' }).fill('2025-11-05');
    await appPage.getByLabel('Headline').first().fill(ALL_IN_ONE);
    await appPage.getByLabel('Dek').fill(PAYLOADS.slice().reverse().join(' '));
    await appPage.getByLabel('Credit line').fill(`${PAYLOADS[10]} ${PAYLOADS[16]} ${PAYLOADS[20]}`);
    await expect.poll(() => appPage.locator('.preview [data-event-id]').count(), { timeout: 20_000 }).toBeGreaterThan(5);
    const download = async (button: string) => {
      const menu = appPage.locator('summary', { hasText: 'File' });
      if (!(await appPage.getByRole('button', { name: button }).isVisible()) && (await menu.count())) await menu.first().click();
      const [file] = await Promise.all([appPage.waitForEvent('download'), appPage.getByRole('button', { name: button }).click()]);
      return downloadedBytes(file);
    };
    const svg = (await download('Export SVG')).toString('utf8');
    expect(liveMarkup(svg)).toEqual([]);
    expect(svgText(svg)).toContain('<script>self.__pwned=(self.__pwned||0)+1</script>');
    expect((await download('Export PNG')).subarray(0, 4)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47]));
    const copy = appPage.getByRole('button', { name: 'Copy embed code' });
    if (!(await copy.isVisible())) await appPage.locator('summary', { hasText: 'File' }).first().click();
    await copy.click();
    const code = await appPage.getByRole('textbox', { name: 'Embed code' }).inputValue();
    const tags: string[] = [];
    const parser = new Parser({ onopentag: (name, attrs) => tags.push(`${name}${Object.keys(attrs).filter((a) => a.startsWith('on')).map((a) => ` ${a}`).join('')}`) });
    parser.write(code);
    parser.end();
    expect([...new Set(tags)].sort()).toEqual(['div', 'newsline-timeline', 'script']);
    await appPage.waitForTimeout(300);
    expect(await executed(appPage)).toBe(0);
    expect(await appPage.evaluate(`(${liveIn.toString()})(document.querySelector('.preview'))`)).toEqual([]);
    await appPage.close();
  });
});

describe('the counter the tests read', () => {
  it('sees a payload that does run (a control, put into the page as markup on purpose)', async () => {
    await page.evaluate((html) => document.body.insertAdjacentHTML('beforeend', html), PAYLOADS[1]);
    await expect.poll(() => executed(page)).toBe(1);
  });
});

