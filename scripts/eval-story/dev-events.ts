// Development only: runs the single-article pipeline (extract.ts) on every article of every
// Timeline17 topic and writes each article's dated events, so day features built on happenings
// rather than mentions can be tried on the cached collections (dev-tune.ts). Times each topic.
// tsx scripts/eval-story/dev-events.ts [T17DIR] [OUTDIR]
import { mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { readStoryFolder } from '../../src/cli/storyFolder';
import { extract } from '../../src/lib/extract';

const data = resolve(process.argv[2] ?? '/tmp/timeline17');
const out = resolve(process.argv[3] ?? '/tmp/story-score/events');
mkdirSync(out, { recursive: true });
const quiet = { out: () => {}, err: () => {}, readStdin: async () => '' };
const only = process.env.TOPICS?.split(',');
for (const topic of readdirSync(data).filter((t) => !t.endsWith('.json') && (!only || only.includes(t))).sort()) {
  const { articles } = await readStoryFolder(join(data, topic, 'articles'), quiet);
  const t0 = performance.now();
  const rows = articles.map((a) => {
    const { events } = extract(a.text, { title: null, published: a.published, url: null, publisher: null });
    return events.map((e) => ({ s: e.source.start, e: e.source.end, st: e.status, m: e.modality ?? null, bg: e.prominence === 'background', from: e.when.start, to: e.when.end, g: e.when.granularity, tx: e.when.text, label: e.label }));
  });
  writeFileSync(join(out, `${topic}.json`), JSON.stringify({ ids: articles.map((a) => a.id), events: rows }));
  process.stderr.write(`${topic} ${articles.length} articles ${((performance.now() - t0) / 1000).toFixed(1)} s events\n`);
}
