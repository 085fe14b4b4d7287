// Development only: every sentence's date mentions as the tagger wrote them (text and value), for
// reading why a gold day is missed (dev-why.ts). Same reader and tagger as dev-prepare.ts, so the
// sentence indices match the collections it wrote from the same checkout.
//   tsx scripts/eval-story/dev-mentions.ts [T17DIR] [OUTDIR]
import { mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { readStoryFolder } from '../../src/cli/storyFolder';
import { prepareCollection } from '../../src/lib/story';
import type { Timex } from '../../src/lib/document';

const data = resolve(process.argv[2] ?? '/tmp/timeline17');
const out = resolve(process.argv[3] ?? '/tmp/story-score/mentions');
mkdirSync(out, { recursive: true });
const quiet = { out: () => {}, err: () => {}, readStdin: async () => '' };
for (const topic of readdirSync(data).filter((t) => !t.endsWith('.json')).sort()) {
  const { articles } = await readStoryFolder(join(data, topic, 'articles'), quiet);
  const tagged: Timex[][] = [];
  const col = prepareCollection(articles, { onTagged: (i, t) => (tagged[i] = t) });
  // per sentence: [mention text, value] of the mentions that start inside it
  const mentions = col.sentences.map((s) => tagged[s.article].filter((t) => t.start >= s.start && t.start < s.end).map((t) => [t.text, t.value]));
  writeFileSync(join(out, `${topic}.json`), JSON.stringify({ ids: col.articles.map((a) => a.id), mentions }));
  process.stderr.write(`${topic}\n`);
}
