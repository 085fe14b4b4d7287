// npx tsx scripts/eval-language.ts DIR [DIR ...]: how many texts of each folder read as English
// (src/lib/analysis/language.ts, the gate before the events stage), listing those that do not.
// Reads .html (through ingest), .txt, .tml (tags stripped) and events-gold .json (its text).
// Asserts nothing.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { englishShare, readsAsEnglish } from '../src/lib/analysis/language';
import { ingest } from '../src/lib/ingest';
import { parseHtmlNode } from '../src/lib/ingest/dom/node';

const walk = (dir: string): string[] => readdirSync(dir).flatMap((f) => (statSync(join(dir, f)).isDirectory() ? walk(join(dir, f)) : [join(dir, f)]));

function textOf(file: string): string | null {
  const raw = readFileSync(file, 'utf8');
  if (file.endsWith('.html')) return ingest(raw, { kind: 'html', parseHtml: parseHtmlNode }).text;
  if (file.endsWith('.tml')) return raw.replace(/<[^>]+>/g, ' ');
  if (file.endsWith('.txt')) return raw;
  if (file.endsWith('.json')) return (JSON.parse(raw) as { text?: unknown }).text as string ?? null;
  return null;
}

for (const dir of process.argv.slice(2)) {
  let read = 0;
  const not: string[] = [];
  for (const file of walk(dir)) {
    const text = textOf(file);
    if (typeof text !== 'string') continue;
    read++;
    if (!readsAsEnglish(text)) not.push(`${file.slice(dir.length + 1)} (${englishShare(text).share.toFixed(3)})`);
  }
  console.log(`${dir}: ${read} texts, ${read - not.length} read as English, ${not.length} not`);
  for (const n of not) console.log(`  ${n}`);
}
