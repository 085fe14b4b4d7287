// npm run stress:story [-- N]: `newsline story DIR --format json` over a folder of N articles
// (default 10,000) made for the run, laid out by day (DIR/2024-03-DD/...): dated prose, prose
// of hostile markup (scripts, handlers, javascript: links, template syntax), HTML pages with
// their own date, and bad files mixed in: binary, empty, undated, NUL-laced, over 10 MB,
// dangling links, a link loop, names with newlines and flag-like names. Prints the outcome
// counts, the time, the peak memory, whether the JSON output parses and whether its payload
// sentences come back exactly as written; removes the folder. Asserts nothing.
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runStory } from '../src/cli/story';
import { PAYLOADS } from '../test/unit/fuzz/payloads';

const n = Number(process.argv[2] ?? 10_000);
if (!Number.isInteger(n) || n < 20) {
  process.stderr.write('usage: npm run stress:story -- [N]  (N >= 20 articles, default 10000)\n');
  process.exit(2);
}

const prose = (i: number, extra = '') =>
  `The port authority said on Monday that the strike had closed the harbor, in its report number ${i}. ${extra}\n\n` +
  `Union leaders will meet the authority on Friday to discuss pay, officials said. Ships waited offshore for ${i % 40} days.\n`;
const page = (i: number) =>
  `<!doctype html><html><head><title>Harbor ${i}</title><meta property="article:published_time" content="2024-03-${String((i % 28) + 1).padStart(2, '0')}T09:00:00"></head>` +
  `<body><article><h1>Harbor ${i} <img src=x onerror="self.__pwned=1"></h1><p>${prose(i).replace(/\n\n/, '</p><p>')}</p><script>self.__pwned=1</script></article></body></html>`;

const root = mkdtempSync(join(tmpdir(), 'newsline-stress-story-'));
const dir = join(root, 'story');
const kinds: Record<string, number> = {};
const made = (kind: string) => (kinds[kind] = (kinds[kind] ?? 0) + 1);
for (let day = 1; day <= 28; day++) mkdirSync(join(dir, `2024-03-${String(day).padStart(2, '0')}`), { recursive: true });
for (let i = 0; i < n; i++) {
  const folder = join(dir, `2024-03-${String((i % 28) + 1).padStart(2, '0')}`);
  const k = i % 100;
  const name = (ext = 'txt') => join(folder, `wire-${String(i).padStart(6, '0')}.${ext}`);
  if (k < 70) writeFileSync(name(), prose(i)), made('dated prose');
  else if (k < 80) writeFileSync(name(), prose(i, `${PAYLOADS[i % PAYLOADS.length]} was posted.`)), made('prose with a payload');
  else if (k < 88) writeFileSync(name('html'), page(i)), made('HTML page');
  else if (k === 88) writeFileSync(name(), Buffer.from(Array.from({ length: 3000 }, (_, j) => (j * 7) % 256))), made('binary');
  else if (k === 89) writeFileSync(name(), ''), made('empty');
  else if (k === 90) writeFileSync(join(dir, `undated-${i}.txt`), prose(i)), made('undated');
  else if (k === 91) writeFileSync(name(), `${prose(i)}\u0000\u0000\u0000`), made('NUL-laced');
  else if (k === 92) symlinkSync(join(root, 'nowhere'), name()), made('dangling link');
  else if (k === 93) writeFileSync(join(folder, `line\nbreak-${i}.txt`), prose(i)), made('name with a newline');
  else if (k === 94) writeFileSync(join(folder, `--dates ${i}.txt`), prose(i)), made('flag-like name');
  else writeFileSync(name('md'), `# Harbor ${i}\n\n${prose(i)}`), made('Markdown');
}
writeFileSync(join(dir, '2024-03-01', 'huge.txt'), 'The harbor stayed shut on Monday. '.repeat(320_000)), made('over 10 MB');
symlinkSync(dir, join(dir, '2024-03-02', 'loop')), made('link loop');
symlinkSync(join(dir, 'self.txt'), join(dir, 'self.txt')), made('self link');

let stdout = '';
let skippedLines = 0;
let peak = process.memoryUsage().rss;
const started = performance.now();
const code = await runStory([dir, '--format', 'json', '--dates', '20', '--sentences', '3'], {
  out: (text) => void (stdout += text),
  err: (text) => {
    if (text.startsWith('skipped ')) skippedLines++;
    else process.stdout.write(`progress: ${text}`);
    peak = Math.max(peak, process.memoryUsage().rss);
  },
  readStdin: async () => '',
}).catch((error: Error) => (console.log(`failed: ${error.message}`), 2));
const seconds = (performance.now() - started) / 1000;
peak = Math.max(peak, process.memoryUsage().rss);

const total = Object.values(kinds).reduce((a, b) => a + b, 0);
console.log(`made ${total} entries: ${Object.entries(kinds).map(([k, v]) => `${v} ${k}`).join(', ')}`);
console.log(`newsline story: exit ${code} in ${seconds.toFixed(1)} s (${((seconds * 1000) / total).toFixed(1)} ms an entry), peak memory ${(peak / 2 ** 20).toFixed(0)} MB`);
try {
  const out = JSON.parse(stdout) as { timeline: { sentences: string[] }[]; articles: number; skipped: number };
  const sentences = out.timeline.flatMap((e) => e.sentences);
  const payloads = sentences.filter((s) => PAYLOADS.some((p) => s.includes(p))).length;
  console.log(`JSON output parses: ${out.timeline.length} days, ${out.articles} articles read, ${out.skipped} skipped (${skippedLines} skip lines on stderr), ${payloads} sentences carry a payload verbatim`);
} catch (error) {
  console.log(`JSON output does NOT parse: ${(error as Error).message}`);
}
rmSync(root, { recursive: true, force: true });
