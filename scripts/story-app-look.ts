// Looks at the app's story view as a user would: a fresh timeline, a folder of Timeline17
// articles added through "Add a folder", the story built in the Worker, an entry selected with
// its sources open; screenshots at 1280x800 and 375x740. Measures how long the story took from
// the folder being picked to the entries drawn, and whether the page stayed responsive meanwhile
// (a timer on the page ticks every 50 ms; the longest gap between two ticks is printed beside
// the same page's gap while idle, the baseline).
// Usage: TZ=UTC npx tsx scripts/story-app-look.ts APP_DIR TOPIC_DIR COUNT OUT_PREFIX
//   e.g. NEWSLINE_APP_OUT=/tmp/story-app/app npx vite build &&
//        TZ=UTC npx tsx scripts/story-app-look.ts /tmp/story-app/app /tmp/timeline17/egypt/articles 40 /tmp/story-app/egypt-40
import { cpSync, mkdirSync, readdirSync, rmSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { launchChromium, serveDir } from '../test/browser/publish-helpers';

const [appDir, topicDir, countArg, out] = process.argv.slice(2);
if (!appDir || !topicDir || !countArg || !out) throw new Error('usage: story-app-look.ts APP_DIR TOPIC_DIR COUNT OUT_PREFIX');
const count = Number(countArg);

function listFiles(dir: string): string[] {
  return readdirSync(dir).sort().flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? listFiles(path) : [path];
  });
}

// Evenly spread over the topic's days: a desk adds its coverage, not one week of it.
const all = listFiles(topicDir);
const step = all.length / Math.min(count, all.length);
const picked = Array.from({ length: Math.min(count, all.length) }, (_, i) => all[Math.floor(i * step)]);
const folder = `${out}-folder`;
rmSync(folder, { recursive: true, force: true });
for (const f of picked) {
  const to = join(folder, relative(topicDir, f));
  mkdirSync(join(to, '..'), { recursive: true });
  cpSync(f, to);
}

const server = await serveDir(appDir);
const browser = await launchChromium();
try {
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 }, permissions: ['clipboard-read', 'clipboard-write'] });
  page.on('pageerror', (e) => console.error('page error:', e.message));
  await page.goto(server.url);
  await page.waitForSelector('[data-marker="published"]', { timeout: 30_000 });
  await page.getByRole('group', { name: 'Authoring' }).getByText('File', { exact: true }).click();
  await page.getByRole('button', { name: 'New article' }).click();
  await page.evaluate(() => {
    const w = window as unknown as { gap: number; last: number; long: string[] };
    w.gap = 0;
    w.long = [];
    w.last = performance.now();
    setInterval(() => {
      const now = performance.now();
      w.gap = Math.max(w.gap, now - w.last);
      if (now - w.last > 250) w.long.push(`${(now - w.last).toFixed(0)} ms ending at ${(now / 1000).toFixed(1)} s`);
      w.last = now;
    }, 50);
  });
  await page.waitForTimeout(1500);
  const idleGap = await page.evaluate(() => (window as unknown as { gap: number }).gap);
  await page.evaluate(() => ((window as unknown as { gap: number }).gap = 0));

  const cdp = process.env.PROFILE ? await page.context().newCDPSession(page) : null;
  if (cdp) {
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.start');
  }
  const started = Date.now();
  const pageStart = await page.evaluate(() => performance.now() / 1000);
  const phases: string[] = [];
  await page.getByLabel('Add a folder').setInputFiles(folder);
  let sawProgress = '';
  for (;;) {
    const status = await page.locator('.preview [role="status"]').allTextContents();
    const progress = status.find((s) => s.startsWith('Reading '));
    if (progress && progress.split(' ')[0] !== sawProgress.split(' ')[0]) phases.push(`${((Date.now() - started) / 1000).toFixed(1)} s: ${progress}`);
    if (progress) sawProgress = progress;
    const ready = await page.locator('.sources-panel h2#sources-heading').count();
    if (ready && !progress && (await page.locator('[data-event-id]').count()) > 0) break;
    if (Date.now() - started > 300_000) throw new Error('the story was not drawn in 5 minutes');
    await page.waitForTimeout(100);
  }
  const seconds = (Date.now() - started) / 1000;
  if (cdp) printProfile((await cdp.send('Profiler.stop')).profile);
  const busyGap = await page.evaluate(() => (window as unknown as { gap: number }).gap);
  const entries = await page.locator('[data-event-id]').count();
  const articles = await page.locator('.story-articles li').count();
  console.log(`${picked.length} files -> ${articles} listed, ${entries} entries in ${seconds.toFixed(1)} s; last progress seen: "${sawProgress}"`);
  if (process.env.VERBOSE) {
    console.log(`page clock at start ${pageStart.toFixed(1)} s`, phases);
    console.log(await page.evaluate(() => (window as unknown as { long: string[] }).long));
  }
  console.log(`longest gap between 50 ms ticks: idle ${idleGap.toFixed(0)} ms, while reading and building ${busyGap.toFixed(0)} ms`);

  await page.locator('[data-event-id]').nth(Math.min(2, entries - 1)).click();
  await page.waitForSelector('ol[aria-label="Sources of the selected entry"] li');
  const problems = await page.locator('[role="alert"]').allTextContents();
  if (problems.length) console.log('alerts:', problems);
  console.log('sources:', await page.locator('.sources-panel .count').first().textContent());
  const dismiss = page.getByRole('button', { name: 'Dismiss message' });
  if (await dismiss.count()) await dismiss.click();
  await page.screenshot({ path: `${out}-desktop-1280.png` });
  await page.setViewportSize({ width: 375, height: 740 });
  await page.waitForTimeout(500);
  // the sources under the sticky tool bar, as a reader scrolls to them from the entry
  await page.evaluate(() => {
    const at = document.querySelector('.sources-panel')!.getBoundingClientRect().top + window.scrollY;
    window.scrollTo(0, at - 56);
  });
  await page.screenshot({ path: `${out}-phone-375.png` });
  await page.screenshot({ path: `${out}-phone-375-full.png`, fullPage: true });
  // the list of articles, unfolded on the phone
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.getByRole('button', { name: /^Articles/ }).click();
  await page.screenshot({ path: `${out}-phone-375-articles.png` });
  await page.getByRole('button', { name: /^Articles/ }).click();
  // the embed code carries the document inline: how big it is for this story
  await page.getByRole('button', { name: 'Copy embed code' }).click();
  await page.waitForFunction(() => /Embed code copied|Copy the embed code/.test(document.body.textContent ?? ''), null, { timeout: 60_000 });
  const code = await page.evaluate(() => navigator.clipboard.readText().catch(() => ''));
  console.log(`embed code: ${(code.length / 1024).toFixed(0)} KB`);
  // a reload brings the saved story back (rebuilt in the Worker from the saved articles)
  const reloaded = Date.now();
  await page.reload();
  await page.waitForFunction((n) => document.querySelectorAll('.story-articles li').length === n &&
    [...document.querySelectorAll('.nl-story [data-event-id]')].some((e) => e.getAttribute('data-event-id')!.startsWith('story-')), articles, { timeout: 300_000 });
  console.log(`reloaded: ${articles} articles, ${await page.locator('.nl-story [data-event-id]').count()} entries in ${((Date.now() - reloaded) / 1000).toFixed(1)} s`);
  // and the link that shares the whole story (every article, to edit and rebuild)
  await page.evaluate(() => navigator.clipboard.writeText(''));
  await page.getByRole('group', { name: 'Authoring' }).getByText('File', { exact: true }).click();
  await page.getByRole('button', { name: 'Copy link' }).click();
  await page.waitForFunction(() => /Link copied|too long to share/.test(document.body.textContent ?? ''), null, { timeout: 60_000 });
  const link = await page.evaluate(() => navigator.clipboard.readText().catch(() => ''));
  const said = await page.locator('[role="alert"], [role="status"]').allTextContents();
  console.log(`link: ${(link.length / 1024).toFixed(0)} KB`, said.filter((t) => /link/i.test(t)));
  // the link opened in a fresh browser profile: the whole story back, rebuilt off the page's thread
  if (link) {
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    const reader = await context.newPage();
    const linkCdp = process.env.PROFILE ? await context.newCDPSession(reader) : null;
    if (linkCdp) {
      await linkCdp.send('Profiler.enable');
      await linkCdp.send('Profiler.start');
    }
    const opened = Date.now();
    await reader.goto(link);
    await reader.waitForFunction((n) => document.querySelectorAll('.story-articles li').length === n &&
      [...document.querySelectorAll('.nl-story [data-event-id]')].some((e) => e.getAttribute('data-event-id')!.startsWith('story-')), articles, { timeout: 300_000 });
    if (linkCdp) printProfile((await linkCdp.send('Profiler.stop')).profile as Profile);
    const notice = await reader.locator('.authoring-bar ~ * [role], [role="status"], [role="alert"]').allTextContents();
    console.log(`link opened: ${articles} articles, ${await reader.locator('.nl-story [data-event-id]').count()} entries in ${((Date.now() - opened) / 1000).toFixed(1)} s`, notice.filter((t) => /link/i.test(t)));
    await context.close();
  }
} finally {
  await browser.close();
  await server.close();
}

type Profile = { nodes: { id: number; callFrame: { functionName: string; url: string; lineNumber: number }; children?: number[] }[]; startTime: number; samples?: number[]; timeDeltas?: number[] };

/** Where the page's main thread spent its time: the top functions, then each busy quarter second. */
function printProfile(profile: Profile): void {
  const self = new Map<string, number>();
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const dt = profile.timeDeltas ?? [];
  (profile.samples ?? []).forEach((id, i) => {
    const f = byId.get(id)!.callFrame;
    const key = `${f.functionName || '(anon)'} ${f.url.split('/').pop()}:${f.lineNumber}`;
    self.set(key, (self.get(key) ?? 0) + (dt[i] ?? 0) / 1000);
  });
  console.log([...self].sort((a, b) => b[1] - a[1]).slice(0, 15).map(([k, v]) => `${v.toFixed(0)} ms ${k}`).join('\n'));
  // what ran in each busy quarter second: the stack's outer app frames, by time
  let t = profile.startTime;
  const windows = new Map<number, Map<string, number>>();
  const parent = new Map<number, number>();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  (profile.samples ?? []).forEach((id, i) => {
    t += dt[i] ?? 0;
    const f = byId.get(id)!.callFrame.functionName;
    if (f === '(idle)' || f === '(program)') return;
    const chain: string[] = [];
    for (let n: number | undefined = id; n !== undefined; n = parent.get(n)) {
      const fn = byId.get(n)!.callFrame.functionName;
      if (fn && fn !== '(root)') chain.push(fn);
    }
    const key = chain.slice(-6).reverse().join(' > ');
    const w = Math.floor((t - profile.startTime) / 250000);
    const m = windows.get(w) ?? new Map<string, number>();
    m.set(key, (m.get(key) ?? 0) + (dt[i] ?? 0) / 1000);
    windows.set(w, m);
  });
  for (const [w, m] of [...windows].sort((a, b) => a[0] - b[0])) {
    const total = [...m.values()].reduce((a, b) => a + b, 0);
    if (total < 150) continue;
    const top = [...m].sort((a, b) => b[1] - a[1]).slice(0, 2).map(([k, v]) => `${v.toFixed(0)} ms ${k}`);
    console.log(`${(w / 4).toFixed(2)} s busy ${total.toFixed(0)} ms:`, top.join(' | '));
  }
  
}
