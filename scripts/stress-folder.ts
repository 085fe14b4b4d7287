// npm run stress:folder [-- N]: `newsline extract DIR --out OUTDIR` over a folder of N pages
// (default 10,000) made for the run: dated pages, undated ones, pages of hostile markup
// (scripts, event handlers, javascript: links), folders and dangling links named like pages.
// Prints the outcome counts, the time, the peak memory, and whether any written document
// holds live markup; removes the folder. Asserts nothing: the figures are for a person.
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runFolder } from '../src/cli/folder';

const n = Number(process.argv[2] ?? 10_000);
if (!Number.isInteger(n) || n < 10) {
  process.stderr.write('usage: npm run stress:folder -- [N]  (N >= 10 pages, default 10000)\n');
  process.exit(2);
}
const story = (i: number) =>
  `<p>The harbor commission met on Tuesday for the ${i}th time this year and voted to dredge the northern channel before the autumn storms.</p>` +
  `<p>Work will start in September, the commission said, and should end by March.</p>`;
const HOSTILE = '<script>window.pwned=1</script><img src=x onerror="alert(1)"><a href="javascript:alert(2)">x</a><iframe srcdoc="<script>alert(3)</script>"></iframe>';
const page = (i: number) => {
  const kind = i % 10;
  const date = kind === 9 ? '' : `<meta property="article:published_time" content="2024-03-${String((i % 28) + 1).padStart(2, '0')}T09:00:00">`;
  const hostile = kind === 3 ? HOSTILE : '';
  return `<!doctype html><html><head><title>Harbor ${i}</title>${date}</head><body><article><h1>Harbor vote ${i}</h1>${hostile}${story(i)}</article></body></html>`;
};

const dir = mkdtempSync(join(tmpdir(), 'newsline-stress-'));
const out = join(dir, 'out');
const pages = join(dir, 'pages');
mkdirSync(pages);
let made = 0;
for (let i = 0; i < n; i++) {
  const name = `page-${String(i).padStart(6, '0')}.html`;
  if (i % 1000 === 998) mkdirSync(join(pages, name));
  else if (i % 1000 === 999) symlinkSync(join(pages, 'nowhere.html'), join(pages, name));
  else writeFileSync(join(pages, name), page(i));
  made++;
}

let lines = 0;
let peak = process.memoryUsage().rss;
const started = performance.now();
const code = await runFolder(
  { dir: pages, out, format: 'json', dating: { overrides: false } },
  {
    out: () => {},
    err: (text) => {
      lines++;
      if (lines % 200 === 0) peak = Math.max(peak, process.memoryUsage().rss);
      if (!text.startsWith('[')) process.stdout.write(`summary: ${text}`);
    },
    readStdin: async () => '',
  },
);
const seconds = (performance.now() - started) / 1000;
peak = Math.max(peak, process.memoryUsage().rss);

let live = 0;
const written = readdirSync(out);
for (const f of written) if (/<script|onerror=|javascript:|<iframe/i.test(readFileSync(join(out, f), 'utf8'))) live++;
console.log(`${made} pages in ${seconds.toFixed(1)} s (${((seconds * 1000) / made).toFixed(1)} ms a page), exit ${code}`);
console.log(`peak memory ${(peak / 2 ** 20).toFixed(0)} MB; ${written.length} documents written; ${live} hold live markup`);
rmSync(dir, { recursive: true, force: true });
