// npm run eval:events -- DIR [DIR...] [--show] [--lib PATH/TO/extract.ts]
// Runs the pipeline (extract() of src/lib/extract.ts, or of --lib, e.g. an older checkout) on
// every hand-annotated article of DIR (format: scripts/eval-events/README.md) and prints, per
// article and overall: precision and recall of dated events (right = source overlaps the gold
// sentence and days overlap the gold days, each gold event once), of undated expectations,
// non-events drawn by reason, exact dates, status, label quality by named checks and label
// token F1. --show lists each miss, wrong event, inexact date, wrong status and faulty label
// with its sentence. Asserts nothing.
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { readGoldDir } from './eval-events/gold';
import { matchArticle, type SystemEvent } from './eval-events/match';
import { addTally, articleLine, emptyTally, summary, tallyArticle } from './eval-events/report';

type Extract = (text: string, article: { title: string | null; published: string; url: null; publisher: null }) => { events: SystemEvent[] };

const argv = process.argv.slice(2);
const libAt = argv.indexOf('--lib');
const lib = libAt >= 0 ? resolve(argv[libAt + 1]) : resolve(import.meta.dirname, '../src/lib/extract.ts');
const dirs = argv.filter((a, i) => !a.startsWith('--') && (libAt < 0 || i !== libAt + 1));
if (!dirs.length) {
  console.error('usage: npm run eval:events -- DIR [DIR...] [--show] [--lib PATH/TO/extract.ts]');
  process.exit(2);
}
const { extract } = (await import(pathToFileURL(lib).href)) as { extract: Extract };
const show = argv.includes('--show');

const articles = dirs.flatMap((d) => readGoldDir(resolve(d)));
const total = emptyTally();
const details: string[] = [];
console.log(`eval:events — ${articles.length} articles from ${dirs.join(', ')}, pipeline ${lib}\n`);
for (const a of articles) {
  const doc = extract(a.text, { title: a.title, published: a.publishedAt ?? a.published, url: null, publisher: null });
  const t = emptyTally();
  const lines = tallyArticle(t, a, doc.events, matchArticle(a, doc.events));
  addTally(total, t);
  console.log(articleLine(a.id, t));
  if (show && lines.length) details.push(`${a.id} (${a.published})`, ...lines);
}
console.log(`\n${summary(total, articles.length)}`);
if (show) console.log(`\n${details.join('\n')}`);
