// npm run bench:story-document [-- TOPIC...] [--t17 DIR] [--runs N]: the story document of a
// Timeline17 topic (default libya and bpoil, read from /tmp/timeline17/<topic>/articles with
// the CLI's own folder reader, as the eval does), timed beside the plain story timeline
// (prepareCollection + buildStory, what `--format json` runs) in the same run, alternately, so
// load from other processes falls on both alike. The difference is the document's own cost:
// every article's timexes kept at joint-text offsets, the events, the JSON. Asserts nothing.
import { join } from 'node:path';
import { readStoryFolder } from '../src/cli/storyFolder';
import { buildStory, prepareCollection, type StoryArticle } from '../src/lib/story';
import { STORY_DATES, STORY_SENTENCES, storyDocument } from '../src/lib/story/document';

const argv = process.argv.slice(2);
const option = (name: string) => {
  const i = argv.indexOf(`--${name}`);
  return i >= 0 ? argv.splice(i, 2)[1] : undefined;
};
const t17 = option('t17') ?? '/tmp/timeline17';
const runs = Number(option('runs') ?? 2);
const topics = argv.length ? argv : ['libya', 'bpoil'];
const options = { dates: STORY_DATES, sentences: STORY_SENTENCES };
const quiet = { out: () => {}, err: () => {}, readStdin: async () => '' };

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const seconds = (ms: number) => `${(ms / 1000).toFixed(2)} s`;

function timed(fn: () => unknown): number {
  const t0 = performance.now();
  fn();
  return performance.now() - t0;
}

// One small topic first, untimed: the tagger's and compromise's first load is nobody's cost.
const plain = (articles: StoryArticle[]) => buildStory(prepareCollection(articles), options);
const document = (articles: StoryArticle[]) => JSON.stringify(storyDocument(articles, options));

console.log(`story document vs plain story timeline, --dates ${options.dates} --sentences ${options.sentences}, median of ${runs} alternating runs`);
for (const topic of topics) {
  const { articles } = await readStoryFolder(join(t17, topic, 'articles'), quiet);
  plain(articles.slice(0, 20));
  document(articles.slice(0, 20));
  const tp: number[] = [];
  const td: number[] = [];
  for (let i = 0; i < runs; i++) {
    tp.push(timed(() => plain(articles)));
    td.push(timed(() => document(articles)));
  }
  const doc = storyDocument(articles, options);
  const kb = JSON.stringify(doc).length / 1024;
  const sources = doc.events.map((e) => e.sources?.length ?? 0);
  console.log(
    `${topic}: ${articles.length} articles   plain ${seconds(median(tp))}   document ${seconds(median(td))}` +
      `   ratio ${(median(td) / median(tp)).toFixed(2)}x   (${doc.events.length} events, ${doc.timexes.length} timexes, ` +
      `${kb.toFixed(0)} KB of JSON, sources an event ${Math.min(...sources)}-${Math.max(...sources)}, mean ${(sources.reduce((a, b) => a + b, 0) / sources.length).toFixed(1)})`,
  );
}
