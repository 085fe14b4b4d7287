// npx tsx scripts/eval-tagger/same.ts --lib OTHER/src/lib/temporal/index.ts [--reuters DIR] [--timeline17 DIR]
// Both taggers (this checkout's and OTHER's) in one process over every Reuters-21578 story
// (the reut2-NNN.sgm files, default /tmp/reuters21578) and every Timeline17 article (default
// /tmp/timeline17, TOPIC/articles/YYYY-MM-DD/*.txt): prints each document whose timexes differ,
// then the count. A change meant to keep behaviour (a speed change) is checked on 22,000
// documents this way, beyond dump.ts's 500.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { tagTimexes } from '../../src/lib/temporal/index';
import { readReutersStories } from './reutersSgml';

const arg = (name: string, fallback?: string) => {
  const at = process.argv.indexOf(name);
  return at > 0 ? process.argv[at + 1] : fallback;
};
const lib = arg('--lib');
if (!lib) throw new Error('--lib OTHER/src/lib/temporal/index.ts is required');
const other = (await import(pathToFileURL(resolve(lib)).href)) as typeof import('../../src/lib/temporal/index');

const docs: { id: string; text: string; published: string }[] = [];
const reuters = arg('--reuters', '/tmp/reuters21578')!;
if (existsSync(reuters)) {
  for (const f of readdirSync(reuters).filter((n) => n.endsWith('.sgm')).sort()) {
    for (const s of readReutersStories(readFileSync(join(reuters, f), 'latin1'))) docs.push({ id: `reuters-${s.newid}`, text: s.text, published: s.date });
  }
}
const timeline = arg('--timeline17', '/tmp/timeline17')!;
const walk = (d: string): string[] => readdirSync(d).sort().flatMap((n) => (statSync(join(d, n)).isDirectory() ? walk(join(d, n)) : n.endsWith('.txt') ? [join(d, n)] : []));
if (existsSync(timeline)) {
  for (const f of walk(timeline)) {
    const day = /articles\/(\d{4}-\d{2}-\d{2})\//.exec(f);
    if (day) docs.push({ id: f, text: readFileSync(f, 'utf8'), published: day[1] });
  }
}
let differing = 0;
for (const d of docs) {
  const mine = JSON.stringify(tagTimexes(d.text, d.published));
  const theirs = JSON.stringify(other.tagTimexes(d.text, d.published));
  if (mine === theirs) continue;
  differing++;
  console.log(`${d.id}\n  ${lib}: ${theirs}\n  this checkout: ${mine}`);
}
console.log(`${docs.length} documents, ${differing} differing`);
