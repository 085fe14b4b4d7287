// Development only: the single-article pipeline run on each dated sentence alone (as labels.ts
// does for a quoted sentence), against its article's publication date: which of the days a
// sentence names an event of it holds. Cheaper than the whole articles (dev-events.ts); times it.
// tsx scripts/eval-story/dev-sentevents.ts [OUTDIR]
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { collections } from './dev-tune';
import { extract } from '../../src/lib/extract';

const out = resolve(process.argv[2] ?? '/tmp/story-score/sentevents');
mkdirSync(out, { recursive: true });
for (const [topic, col] of collections) {
  const t0 = performance.now();
  const held: Record<number, { d: string[]; st: string[] }> = {};
  let n = 0;
  col.sentences.forEach((s, i) => {
    if (!s.days.length) return;
    n++;
    const { events } = extract(s.text, { title: null, published: col.articles[s.article].publishedAt, url: null, publisher: null });
    const d = s.days.filter((day) => events.some((e) => e.when.start !== null && e.when.start === e.when.end && e.when.start === day));
    held[i] = { d, st: d.map((day) => events.find((e) => e.when.start === day)!.status) };
  });
  writeFileSync(join(out, `${topic}.json`), JSON.stringify(held));
  process.stderr.write(`${topic} ${n} dated sentences of ${col.sentences.length} ${((performance.now() - t0) / 1000).toFixed(1)} s\n`);
}
