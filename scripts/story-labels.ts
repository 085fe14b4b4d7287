// npm run eval:story-labels [-- TOPIC...] [--t17 DIR] [--sample N] [--faults]: how a story document's entry
// labels read, on Timeline17 topics (default egypt, h1n1, haiti, iraq; 20 dates, 2 sentences, the
// app's defaults), before and after the entry label is chosen from all the day's sources
// (src/lib/story/entryLabel.ts). Before: the first quoted sentence's event label, else that
// sentence shortened (the rule the document had). Prints, per topic and overall, the labels with
// a fault (the newsroom checks of entryLabel.ts, and the events stage's "labels whole" checks of
// scripts/eval-events/labels.ts) and the mean ROUGE-1 F1 of each label against the journalists'
// summary of the same day, where the day is in a gold timeline. Asserts nothing.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { readStoryFolder } from '../src/cli/storyFolder';
import { buildStory, prepareCollection } from '../src/lib/story';
import { labelOfEntry, STORY_DATES, STORY_SENTENCES } from '../src/lib/story/document';
import { corroboration } from '../src/lib/story/documentSources';
import { labelFaults, labelKey, sentenceLabel } from '../src/lib/story/entryLabel';
import { storyWords } from '../src/lib/story/storyWords';
import { sentenceWords } from '../src/lib/story/sentenceWords';
import { labelFaults as wholeFaults } from './eval-events/labels';

const argv = process.argv.slice(2);
const option = (name: string) => {
  const i = argv.indexOf(`--${name}`);
  return i >= 0 ? argv.splice(i, 2)[1] : undefined;
};
const t17 = option('t17') ?? '/tmp/timeline17';
const sampleSize = Number(option('sample') ?? 8);
/** --faults: every label still faulty, with its faults. */
const showFaults = argv.includes('--faults');
if (showFaults) argv.splice(argv.indexOf('--faults'), 1);
const topics = argv.length ? argv : ['egypt', 'h1n1', 'haiti', 'iraq'];
const quiet = { out: () => {}, err: () => {}, readStdin: async () => '' };

const tokens = (s: string) => s.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
/** ROUGE-1 F1: clipped unigram overlap of two texts. */
function rouge1(system: string, reference: string): number {
  const [a, b] = [tokens(system), tokens(reference)];
  const left = new Map<string, number>();
  for (const w of b) left.set(w, (left.get(w) ?? 0) + 1);
  let common = 0;
  for (const w of a) if ((left.get(w) ?? 0) > 0) common++, left.set(w, left.get(w)! - 1);
  return common ? (2 * common) / (a.length + b.length) : 0;
}

/** Each gold day's summaries, one per gold timeline that has the day. */
function goldDays(topic: string): Map<string, string[]> {
  const days = new Map<string, string[]>();
  const dir = join(t17, topic, 'gold');
  for (const file of existsSync(dir) ? readdirSync(dir) : []) {
    for (const { date, sentences } of JSON.parse(readFileSync(join(dir, file), 'utf8')).timeline as { date: string; sentences: string[] }[]) {
      (days.get(date.slice(0, 10)) ?? days.set(date.slice(0, 10), []).get(date.slice(0, 10))!).push(sentences.join(' '));
    }
  }
  return days;
}

interface Tally { labels: number; faulty: [number, number]; notWhole: [number, number]; rouge: [number, number]; scored: number }
const tally = (): Tally => ({ labels: 0, faulty: [0, 0], notWhole: [0, 0], rouge: [0, 0], scored: 0 });
const pct = (n: number, d: number) => `${((100 * n) / Math.max(1, d)).toFixed(0)}% (${n}/${d})`;
const line = (name: string, t: Tally) =>
  `${name.padEnd(8)} labels ${t.labels}   newsroom faults ${pct(t.faulty[0], t.labels)} -> ${pct(t.faulty[1], t.labels)}` +
  `   not whole (eval-events) ${pct(t.notWhole[0], t.labels)} -> ${pct(t.notWhole[1], t.labels)}` +
  `   ROUGE-1 F1 vs gold day (${t.scored} on gold days) ${(t.rouge[0] / Math.max(1, t.scored)).toFixed(3)} -> ${(t.rouge[1] / Math.max(1, t.scored)).toFixed(3)}`;

const all = tally();
const rows: string[] = [];
const faultCounts = [new Map<string, number>(), new Map<string, number>()];
/** Labels that say again what an earlier entry of the same story says. */
const repeated = [0, 0];
for (const topic of topics) {
  const { articles } = await readStoryFolder(join(t17, topic, 'articles'), quiet);
  const numbered = articles.map((a, i) => ({ ...a, id: String(i) }));
  const collection = prepareCollection(numbered);
  const story = buildStory(collection, { dates: STORY_DATES, sentences: STORY_SENTENCES });
  const index = new Map(collection.sentences.map((s, i) => [`${s.article}:${s.start}`, i]));
  const reports = corroboration(collection);
  const gold = goldDays(topic);
  const t = tally();
  const samples: string[] = [];
  const seen = [new Set<string>(), new Set<string>()];
  const vocabulary = storyWords(collection);
  const onStory = (s: number) => sentenceWords(collection, s).some((w) => vocabulary.has(w));
  for (const entry of story.timeline) {
    const quoted = entry.sources.map((s) => index.get(`${s.article}:${s.start}`)!);
    const told = reports(entry.date, quoted).map((r) => r.sentence);
    const before = entry.labels.find((l) => l !== null) ?? sentenceLabel(entry.sentences[0]);
    const after = labelOfEntry(collection, entry, told, seen[1], onStory).label;
    const text = told.map((s) => collection.sentences[s].text).join(' ');
    t.labels++;
    [before, after].forEach((label, k) => {
      if (seen[k].has(labelKey(label))) repeated[k]++;
      seen[k].add(labelKey(label));
      const faults = labelFaults(label);
      const whole = wholeFaults(label, { text, gold: null });
      if (faults.length) t.faulty[k]++;
      if (whole.length) t.notWhole[k]++;
      for (const f of faults) faultCounts[k].set(f, (faultCounts[k].get(f) ?? 0) + 1);
      const refs = gold.get(entry.date);
      if (refs) t.rouge[k] += refs.reduce((sum, r) => sum + rouge1(label, r), 0) / refs.length;
    });
    if (gold.has(entry.date)) t.scored++;
    if (samples.length < sampleSize && before !== after) samples.push(`  ${entry.date}  ${before}\n              -> ${after}`);
    if (showFaults && labelFaults(after).length) samples.push(`  ${entry.date}  FAULT ${labelFaults(after).join(', ')}: ${after}`);
  }
  rows.push(line(topic, t));
  console.log(`${line(topic, t)}\n${samples.join('\n')}`);
  for (const k of ['labels', 'scored'] as const) all[k] += t[k];
  for (const k of ['faulty', 'notWhole', 'rouge'] as const) all[k] = [all[k][0] + t[k][0], all[k][1] + t[k][1]];
}
console.log(`\n${rows.join('\n')}\n${line('overall', all)}`);
console.log(`newsroom faults before: ${[...faultCounts[0]].map(([f, n]) => `${f} ${n}`).join(', ')}`);
console.log(`newsroom faults after:  ${[...faultCounts[1]].map(([f, n]) => `${f} ${n}`).join(', ') || 'none'}`);
console.log(`labels repeating an earlier entry's: ${repeated[0]} -> ${repeated[1]}`);
