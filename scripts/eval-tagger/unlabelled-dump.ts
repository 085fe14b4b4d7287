// TZ=UTC npx tsx scripts/eval-tagger/unlabelled-dump.ts --lib PATH/TO/temporal/index.ts --kind reuters /tmp/reuters21578/reut2-0NN.sgm ... > OUT.tsv
// TZ=UTC npx tsx scripts/eval-tagger/unlabelled-dump.ts --lib PATH/TO/temporal/index.ts --kind t17 /tmp/timeline17 > OUT.tsv
// Every timex the tagger gives on unlabelled news, one line per timex (story id, stamp, offset,
// text, type, value, mod, the words around it with the timex in [[ ]]), so that a rule can be
// cross-checked on text it was not written from: diff the dumps of two checkouts and read what
// moved. Reuters-21578 stories (the stamp is the story's <DATE>) or Timeline17 articles (the
// stamp is the day folder). Refuses reut2-016, reut2-017 and reut2-018 (the stories of session 29's blind folders and split). Prints; asserts nothing.
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { readReutersStories } from './reutersSgml';
const args = process.argv.slice(2);
const lib = resolve(args[args.indexOf('--lib') + 1]);
const { tagTimexes } = await import(pathToFileURL(lib).href);
const kind = args[args.indexOf('--kind') + 1];
const files = args.filter((a, i) => !a.startsWith('--') && !args[i - 1]?.startsWith('--'));
type Doc = { id: string; text: string; published: string };
const docs: Doc[] = [];
if (kind === 'reuters') {
  if (files.some((f) => /reut2-01[678]/.test(f))) throw new Error('reut2-016, reut2-017 and reut2-018 are held out');
  for (const f of files) for (const s of readReutersStories(readFileSync(f, 'utf8'))) docs.push({ id: 'r' + s.newid, text: s.text, published: s.date });
} else {
  const root = files[0];
  const walk = (d: string): string[] => readdirSync(d).sort().flatMap((n) => (statSync(join(d, n)).isDirectory() ? walk(join(d, n)) : n.endsWith('.txt') ? [join(d, n)] : []));
  for (const f of walk(root)) {
    const m = /(\d{4}-\d{2}-\d{2})/.exec(f);
    if (!m) continue;
    docs.push({ id: f.slice(root.length + 1), text: readFileSync(f, 'utf8'), published: m[1] });
  }
}
for (const d of docs) {
  for (const t of tagTimexes(d.text, d.published) as any[]) {
    const s = Math.max(0, t.start - 90), e = Math.min(d.text.length, t.end + 60);
    const ctx = (d.text.slice(s, t.start) + '[[' + d.text.slice(t.start, t.end) + ']]' + d.text.slice(t.end, e)).replace(/\s+/g, ' ');
    console.log([d.id, d.published, t.start, t.text ?? d.text.slice(t.start, t.end), t.type, t.value, t.mod ?? '', ctx].join('\t'));
  }
}
