// npx tsx scripts/eval-events/unlabelled.ts T17DIR [--every N] [--lib PATH/TO/extract.ts] [--show CHECK] [--dump FILE]
// Events and label checks on real articles that have no gold: every Nth article (default 11,
// in path order) of each Timeline17 topic under T17DIR (laid out by
// ../shared/tools/tls-score/get-timeline17.sh), read as `newsline story` reads them, run through
// extract() (or --lib's), and each label checked by labels.ts's LABEL_CHECKS, which need no gold.
// Prints the articles read, events drawn (dated, undated), labels whole and the faults by check.
// Asserts nothing; compare two checkouts with --lib. --dump FILE writes every event, a line each
// (article, date words, days, label, sentence), so two checkouts' events can be diffed.
import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { listArticles, readArticle } from '../../src/cli/storyFolder';
import { LABEL_CHECKS } from './labels';
import { commandLine } from '../lib/args';

type Extract = (text: string, article: { title: string | null; published: string; url: null; publisher: null }) => { events: { label: string; when: { start: string | null; end: string | null; text: string | null }; source: { start: number; end: number } }[] };

const { option, root } = commandLine('npx tsx scripts/eval-events/unlabelled.ts T17DIR [--every N] [--lib PATH/TO/extract.ts] [--show CHECK] [--dump FILE]');
const every = Number(option('--every') ?? 11);
const show = option('--show'); // prints each label failing that check, with its sentence
const dump = option('--dump');
const lines: string[] = [];
const lib = resolve(option('--lib') ?? resolve(import.meta.dirname, '../../src/lib/extract.ts'));
const { extract } = (await import(pathToFileURL(lib).href)) as { extract: Extract };

let articles = 0, dated = 0, undated = 0, whole = 0;
const faults: Record<string, number> = {};
for (const topic of ['bpoil', 'egypt', 'finan', 'h1n1', 'haiti', 'iraq', 'libya', 'mj', 'syria']) {
  const dir = resolve(root, topic, 'articles');
  const files = (await listArticles(dir)).sort().filter((_, i) => i % every === 0);
  for (const file of files) {
    const outcome = readArticle(file, readFileSync(resolve(dir, file), 'utf8'));
    if (!('article' in outcome)) continue;
    const a = outcome.article;
    articles++;
    for (const e of extract(a.text, { title: a.title ?? null, published: a.published, url: null, publisher: null }).events) {
      if (e.when.start) dated++;
      else undated++;
      const failed = Object.entries(LABEL_CHECKS).filter(([, check]) => !check(e.label, { text: a.text, gold: null })).map(([name]) => name);
      if (!failed.length) whole++;
      for (const name of failed) faults[name] = (faults[name] ?? 0) + 1;
      if (dump) lines.push([`${topic}/${file}`, e.when.text, `${e.when.start}..${e.when.end}`, e.label, a.text.slice(e.source.start, e.source.end).replace(/\s+/g, ' ')].join('\t'));
      if (show && failed.includes(show)) console.log(`${topic}/${file}\t${e.label}\t[${a.text.slice(e.source.start, e.source.end).replace(/\s+/g, ' ')}]`);
    }
  }
}
const events = dated + undated;
console.log(`${articles} articles (every ${every}th of each topic), pipeline ${lib}`);
console.log(`events ${events} (dated ${dated}, undated ${undated})`);
console.log(`labels whole ${((100 * whole) / Math.max(1, events)).toFixed(1)}% (${whole}/${events}); faults: ${Object.entries(faults).sort((x, y) => y[1] - x[1]).map(([k, v]) => `${k} ${v}`).join(', ')}`);
if (dump) writeFileSync(dump, lines.join('\n') + '\n');
