import { describe, expect, it } from 'vitest';
import type { TimelineEvent } from '../../../src/lib/document';
import {
  NO_EDITS, editsFromEvents, labelFromSentence, mergeEdits, mergeEvents, readEdits, remapEdits, sourcesOf, splitEvent,
} from '../../../src/lib/edits';
import { createHistory, record, redo, undo } from '../../../src/lib/history';

// Two articles joined as a story joins them, and the entries a story build makes of them: one a
// day, each with the sentences (in either article) that report it.
const A = 'The dam failed on Monday. Rescuers reached the valley on Tuesday.';
const B = 'Officials said the dam gave way on Monday. The valley was reached by rescuers on Tuesday.';
const TEXT = `${A}\n\n${B}`;
const span = (s: string, from = 0) => ({ start: TEXT.indexOf(s, from), end: TEXT.indexOf(s, from) + s.length });

function entry(id: string, day: string, label: string, sentences: string[]): TimelineEvent {
  const sources = sentences.map((s) => span(s));
  return { id, label, status: 'past', when: { timex: day, start: day, end: day, granularity: 'day', text: null }, source: sources[0], sources };
}

function build(): TimelineEvent[] {
  return [
    entry('story-2024-03-04-1', '2024-03-04', 'The dam failed', ['The dam failed on Monday.', 'Officials said the dam gave way on Monday.']),
    entry('story-2024-03-05-1', '2024-03-05', 'Rescuers reached the valley', ['Rescuers reached the valley on Tuesday.']),
  ];
}

describe('merging two story entries', () => {
  it('keeps the first entry with the sentences of both, its own label and date, and deletes the other', () => {
    const [dam, rescue] = build();
    const edits = mergeEvents(NO_EDITS, dam, rescue, TEXT);
    const shown = mergeEdits(build(), edits, TEXT);
    expect(shown.map((e) => e.id)).toEqual(['story-2024-03-04-1']);
    expect(shown[0].label).toBe('The dam failed');
    expect(shown[0].when.start).toBe('2024-03-04');
    expect(shown[0].sources!.map((s) => TEXT.slice(s.start, s.end))).toEqual([
      'The dam failed on Monday.', 'Officials said the dam gave way on Monday.', 'Rescuers reached the valley on Tuesday.',
    ]);
  });

  it('survives a rebuild of the story after another article is added at the end', () => {
    const [dam, rescue] = build();
    const edits = mergeEvents(NO_EDITS, dam, rescue, TEXT);
    const longer = `${TEXT}\n\nA third article on Wednesday said little.`;
    const shown = mergeEdits(build(), edits, longer);
    expect(shown).toHaveLength(1);
    expect(shown[0].sources).toHaveLength(3);
  });

  it('is undone and redone as one step of the history', () => {
    const [dam, rescue] = build();
    const h0 = createHistory({ text: TEXT, edits: NO_EDITS });
    const h1 = record(h0, { text: TEXT, edits: mergeEvents(NO_EDITS, dam, rescue, TEXT) });
    expect(mergeEdits(build(), undo(h1).present.edits, TEXT)).toHaveLength(2);
    expect(mergeEdits(build(), redo(undo(h1)).present.edits, TEXT)).toHaveLength(1);
  });

  it('is kept through saving: the merged sources are read back from the saved edits', () => {
    const [dam, rescue] = build();
    const saved = JSON.parse(JSON.stringify(mergeEvents(NO_EDITS, dam, rescue, TEXT)));
    const shown = mergeEdits(build(), readEdits(saved), TEXT);
    expect(shown[0].sources).toHaveLength(3);
  });

  it('is found again in a document opened whole (its sources differ from a fresh build)', () => {
    const [dam, rescue] = build();
    const merged = mergeEdits(build(), mergeEvents(NO_EDITS, dam, rescue, TEXT), TEXT);
    const edits = editsFromEvents(build(), merged, TEXT);
    expect(edits.changed.map((c) => c.fields)).toEqual([['sources']]);
    expect(mergeEdits(build(), edits, TEXT)).toEqual(merged);
  });
});

describe('splitting a story entry', () => {
  it('makes one entry per source sentence, dated the same, the others labelled from their sentences', () => {
    const [dam] = build();
    const split = splitEvent(NO_EDITS, dam, TEXT, build().map((e) => e.id));
    const shown = mergeEdits(build(), split.edits, TEXT);
    expect(split.ids).toEqual(['story-2024-03-04-1', 'user-1']);
    const pieces = shown.filter((e) => split.ids.includes(e.id));
    expect(pieces.map((e) => e.when.start)).toEqual(['2024-03-04', '2024-03-04']);
    expect(pieces.map((e) => e.label)).toEqual(['The dam failed', 'Officials said the dam gave way on Monday']);
    expect(pieces.map((e) => TEXT.slice(e.source.start, e.source.end))).toEqual([
      'The dam failed on Monday.', 'Officials said the dam gave way on Monday.',
    ]);
    expect(pieces.map((e) => e.sources!.length)).toEqual([1, 1]);
  });

  it('survives a rebuild and is undone as one step', () => {
    const [dam] = build();
    const split = splitEvent(NO_EDITS, dam, TEXT, []);
    const h = record(createHistory({ text: TEXT, edits: NO_EDITS }), { text: TEXT, edits: split.edits });
    expect(mergeEdits(build(), h.present.edits, `${TEXT}\n\nMore.`)).toHaveLength(3);
    expect(mergeEdits(build(), undo(h).present.edits, TEXT)).toHaveLength(2);
  });
});

describe('an entry’s sources', () => {
  it('list the representative sentence first, then the others', () => {
    const [dam] = build();
    const reordered = { ...dam, source: dam.sources![1] };
    expect(sourcesOf(reordered)[0]).toEqual(dam.sources![1]);
    expect(sourcesOf(reordered)).toHaveLength(2);
  });

  it('of a single-article event are its one source sentence', () => {
    const { sources: _s, ...single } = build()[1];
    expect(sourcesOf(single)).toEqual([single.source]);
  });

  it('move with their article when an earlier article leaves the story', () => {
    const [dam, rescue] = build();
    const edits = mergeEvents(NO_EDITS, dam, rescue, TEXT);
    // the first article (A and the break after it) leaves: B now starts at 0
    const cut = A.length + 2;
    const moved = remapEdits(edits, (o) => (o >= cut ? o - cut : null));
    const sources = moved.changed[0].event.sources!;
    expect(sources.map((s) => B.slice(s.start, s.end))).toEqual(['Officials said the dam gave way on Monday.']);
  });
});

describe('a label from a sentence', () => {
  it('drops the closing stop and an opening quote mark', () => {
    expect(labelFromSentence('“Rescuers reached the valley on Tuesday.”')).toBe('Rescuers reached the valley on Tuesday');
  });
});
