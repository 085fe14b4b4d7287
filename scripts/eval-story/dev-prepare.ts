// Development only: prepares every Timeline17 topic once and writes the collections as JSON, so
// ranking and summary experiments (dev-tune.ts) need not tag 4,600 articles each run.
// tsx scripts/eval-story/dev-prepare.ts [T17DIR] [OUTDIR]
import { mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { readStoryFolder } from '../../src/cli/storyFolder';
import { prepareCollection } from '../../src/lib/story';

const data = resolve(process.argv[2] ?? '/tmp/timeline17');
const out = resolve(process.argv[3] ?? '/tmp/story-score/collections');
mkdirSync(out, { recursive: true });
const quiet = { out: () => {}, err: () => {}, readStdin: async () => '' };
for (const topic of readdirSync(data).filter((t) => !t.endsWith('.json')).sort()) {
  const t0 = performance.now();
  const { articles } = await readStoryFolder(join(data, topic, 'articles'), quiet);
  const collection = prepareCollection(articles);
  writeFileSync(join(out, `${topic}.json`), JSON.stringify(collection));
  process.stderr.write(`${topic} ${articles.length} articles ${((performance.now() - t0) / 1000).toFixed(1)} s\n`);
}
