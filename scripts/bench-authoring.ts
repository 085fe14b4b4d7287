// Authoring figures, each beside a baseline measured in the same run:
// - undo history of typing into a 1 MB article: splice steps vs whole-text snapshots (memory);
// - cost of recording one keystroke on that article;
// - mergeEdits on the sample and on 10,000 synthetic events, beside extraction of the sample.
// Run: npm run bench:authoring
import { readFileSync } from 'node:fs';
import { extract } from '../src/lib/extract';
import type { TimelineEvent } from '../src/lib/document';
import { NO_EDITS, changeEvent, deleteEvent, mergeEdits, type Edits } from '../src/lib/edits';
import { createHistory, record } from '../src/lib/history';

const ms = (f: () => void, runs: number): number[] => {
  const out: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    f();
    out.push(performance.now() - t);
  }
  return out.sort((a, b) => a - b);
};
const median = (xs: number[]) => xs[Math.floor(xs.length / 2)];
const p95 = (xs: number[]) => xs[Math.floor(xs.length * 0.95)];
const f2 = (x: number) => x.toFixed(2);

// 1. Typing 2,000 characters (about 330 words) at the end of a 1 MB article.
const sample = readFileSync('public/samples/korea-summit.txt', 'utf8');
const big = sample.repeat(Math.ceil(1_000_000 / sample.length)).slice(0, 1_000_000);
const typed = 'Officials said talks would resume next week in Geneva. '.repeat(40).slice(0, 2000);
let h = createHistory({ text: big, edits: NO_EDITS as Edits });
let snapshots = 0;
const keystroke: number[] = [];
for (let i = 0; i < typed.length; i++) {
  const next = { ...h.present, text: h.present.text + typed[i] };
  const t = performance.now();
  h = record(h, next, { key: 'typing', at: i * 120 });
  keystroke.push(performance.now() - t);
  snapshots = h.past.length; // a snapshot history would hold one whole text per step
}
keystroke.sort((a, b) => a - b);
const spliceBytes = JSON.stringify(h.past).length;
const snapshotBytes = snapshots * big.length;
console.log('Undo history after typing 2,000 characters into a 1 MB article');
console.log(`  steps: ${h.past.length} (one per word)`);
console.log(`  splice history: ${(spliceBytes / 1024).toFixed(1)} KB   whole-text snapshots: ${(snapshotBytes / 1048576).toFixed(0)} MB   ratio 1:${Math.round(snapshotBytes / spliceBytes)}`);
const scan = ms(() => void big.indexOf('\u0000'), 200);
console.log(`  record one keystroke: median ${f2(median(keystroke))} ms, p95 ${f2(p95(keystroke))} ms   (baseline, one native scan of the text: median ${f2(median(scan))} ms)`);

// 2. mergeEdits on the sample, beside extraction of the same article.
const article = { title: null, published: '2025-11-05', url: null, publisher: null };
const doc = extract(sample, article);
let edits: Edits = NO_EDITS;
doc.events.slice(0, 4).forEach((e) => (edits = changeEvent(edits, e, { ...e, label: `${e.label}!` }, sample)));
edits = deleteEvent(edits, doc.events[5], sample);
const extractTimes = ms(() => extract(sample, article), 10);
const mergeTimes = ms(() => mergeEdits(doc.events, edits, sample), 200);
console.log(`Sample article (${doc.events.length} events, 5 edits)`);
console.log(`  mergeEdits: median ${f2(median(mergeTimes))} ms   extraction: median ${f2(median(extractTimes))} ms   merge/extract ${(median(mergeTimes) / median(extractTimes) * 100).toFixed(1)}%`);

// 3. 10,000 synthetic events over the 1 MB text, 100 of them edited and 100 deleted, after a
//    paragraph was inserted at the top (every offset shifted).
const sentences = [...big.matchAll(/[^.]{20,300}\./g)].slice(0, 10_000);
const synth: TimelineEvent[] = sentences.map((m, i) => ({
  id: `e${i}`, label: m[0].trim().slice(0, 40), status: i % 2 ? 'past' : 'projected',
  when: { timex: null, start: '2025-11-04', end: '2025-11-04', granularity: 'day', text: `d${i % 7}` },
  source: { start: m.index!, end: m.index! + m[0].length },
}));
let manyEdits: Edits = NO_EDITS;
for (let i = 0; i < 100; i++) manyEdits = changeEvent(manyEdits, synth[(i * 97) % synth.length], { ...synth[(i * 97) % synth.length], label: 'x' }, big);
for (let i = 0; i < 100; i++) manyEdits = deleteEvent(manyEdits, synth[(i * 89 + 1) % synth.length], big);
const lead = 'A new first paragraph. ';
const shifted = synth.map((e) => ({ ...e, source: { start: e.source.start + lead.length, end: e.source.end + lead.length } }));
const shiftedText = lead + big;
const none = ms(() => mergeEdits(shifted, NO_EDITS, shiftedText), 10);
// A fresh extraction (new array) each time: what a re-extraction after typing costs.
const cold = ms(() => mergeEdits(shifted.slice(), manyEdits, shiftedText), 10);
// The same extraction with one more edit each time: what editing an event costs.
let more = manyEdits;
const warm = ms(() => {
  more = changeEvent(more, shifted[3], { ...shifted[3], label: `${more.changed.length}` }, shiftedText);
  mergeEdits(shifted, more, shiftedText);
}, 10);
const merged = mergeEdits(shifted, manyEdits, shiftedText);
console.log(`${synth.length} events over 1 MB, 100 changed + 100 deleted, every offset shifted`);
console.log(`  mergeEdits after re-extraction: median ${f2(median(cold))} ms   after an event edit: median ${f2(median(warm))} ms   (baseline, no edits: ${f2(median(none))} ms)`);
console.log(`  events kept: ${merged.length}, relabelled: ${merged.filter((e) => e.label === 'x').length}`);
