// npx tsx scripts/shots-page.ts PAGE.html TAG  (after npm run build): screenshots of a saved news
// page dropped on the built app and of the embed with the same document, at 375, 760 and 1280 px,
// full page, into bench-out/real-TAG-{app,embed}-WIDTH.png. For looking, not asserting.
import { mkdirSync, readFileSync } from 'node:fs';
import { launchChromium, serveDir } from '../test/browser/publish-helpers';
import { ingest } from '../src/lib/ingest';
import { parseHtmlNode } from '../src/lib/ingest/dom/node';
import { extract } from '../src/lib/extract';
import { encodeDocumentFragment } from '../src/lib/publish/fragment';
const file = process.argv[2];
const tag = process.argv[3];
const html = readFileSync(file, 'utf8');
const a = ingest(html, { kind: 'html', parseHtml: parseHtmlNode });
const doc = extract(a.text, { title: a.title, published: a.published!, publishedFrom: a.publishedFrom!, url: a.url, publisher: a.publisher });
console.log(tag, a.title, a.published, doc.events.length, 'events', a.text.length, 'chars');
mkdirSync('bench-out', { recursive: true });
const server = await serveDir(process.env.APP_DIR ?? 'dist/app');
const browser = await launchChromium();
const frag = await encodeDocumentFragment(doc);
for (const width of [375, 760, 1280]) {
  const page = await browser.newPage({ viewport: { width, height: 900 } });
  page.on('pageerror', (e) => console.error('page error:', e.message));
  await page.goto(server.url);
  await page.waitForSelector('[data-marker="published"]', { timeout: 20_000 });
  await page.evaluate((html) => {
    const data = new DataTransfer();
    data.items.add(new File([html], 'page.html', { type: 'text/html' }));
    const main = document.querySelector('main')!;
    main.dispatchEvent(new DragEvent('drop', { dataTransfer: data, bubbles: true, cancelable: true }));
  }, html);
  // Until the worker has read the dropped page: a loaded machine takes longer than any fixed wait.
  await page.waitForTimeout(500);
  await page.waitForFunction(() => !document.body.innerText.includes('Reading the dates'), null, { timeout: 60_000 });
  await page.waitForTimeout(500);
  await page.screenshot({ path: `bench-out/real-${tag}-app-${width}.png`, fullPage: true });
  const e = await browser.newPage({ viewport: { width, height: 900 } });
  await e.goto(`${server.url}embed.html?childId=x#doc=${frag}`);
  await e.waitForSelector('[data-marker="published"]', { timeout: 20_000 });
  await e.waitForTimeout(500);
  await e.screenshot({ path: `bench-out/real-${tag}-embed-${width}.png`, fullPage: true });
  await page.close(); await e.close();
}
await browser.close(); await server.close();
