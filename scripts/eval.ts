// npm run eval -- DIR [--scorer PATH] [--errors] [--plain]
// Runs the tagger over every TimeML file under DIR, writes predictions as JSON lines and scores
// them with the TempEval-3 scorer (default ../shared/tools/timex-score/score.mjs, relative to
// the repository). --plain scores plain chrono-node instead (the baseline); --errors lists each
// missed, spurious or wrong-valued timex with its sentence.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { tagTimexes } from '../src/lib/temporal/index';
import { plainChronoTimexes } from './lib/plainChrono';
import { readTmlDir, type TmlDocument } from './lib/tml';

const repo = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const argv = process.argv.slice(2);
const flag = (name: string) => argv.includes(name);
const option = (name: string) => {
  const i = argv.indexOf(name);
  return i >= 0 ? argv[i + 1] : undefined;
};
const scorer = resolve(option('--scorer') ?? join(repo, '../shared/tools/timex-score/score.mjs'));
const dir = argv.find((a, i) => !a.startsWith('--') && argv[i - 1] !== '--scorer');
if (!dir) {
  console.error('usage: npm run eval -- DIR [--scorer PATH] [--errors] [--plain]');
  process.exit(2);
}

const docs = readTmlDir(resolve(dir));
const tag = flag('--plain') ? plainChronoTimexes : tagTimexes;
const lines: string[] = [];
for (const doc of docs) {
  for (const t of tag(doc.text, doc.published)) {
    lines.push(JSON.stringify({ doc: doc.id, start: t.start, end: t.end, text: t.text, type: t.type, value: t.value }));
  }
}
const predFile = join(mkdtempSync(join(tmpdir(), 'newsline-eval-')), 'predictions.jsonl');
writeFileSync(predFile, lines.join('\n') + '\n');

const args = [scorer, resolve(dir), predFile, ...(flag('--errors') ? ['--errors'] : [])];
const out = execFileSync(process.execPath, args, { encoding: 'utf8', maxBuffer: 64 << 20 });
console.log(`${flag('--plain') ? 'plain chrono-node' : 'newsline tagger'} on ${docs.length} documents; predictions: ${predFile}`);
if (!flag('--errors')) {
  console.log(out.trimEnd());
} else {
  const [summary, listing = ''] = out.split('\nkind\tdoc\tgold\tsystem\n');
  console.log(summary.trimEnd());
  console.log('\nkind\tdoc\tgold\tsystem\tsentence');
  const byId = new Map(docs.map((d) => [d.id, d]));
  for (const line of listing.split('\n').filter(Boolean)) {
    const [, docId, gold, system] = line.split('\t');
    console.log(`${line}\t${sentenceOf(byId.get(docId), gold || system)}`);
  }
}

/** The sentence around the first occurrence of an error's quoted text, for reading errors. */
function sentenceOf(doc: TmlDocument | undefined, described: string): string {
  const quoted = /^("(?:[^"\\]|\\.)*")/.exec(described);
  if (!doc || !quoted) return '';
  const at = doc.text.indexOf(JSON.parse(quoted[1]));
  if (at < 0) return '';
  const before = doc.text.lastIndexOf('\n', at);
  const after = doc.text.indexOf('\n', at);
  return doc.text.slice(before + 1, after < 0 ? undefined : after).trim().slice(0, 300);
}
