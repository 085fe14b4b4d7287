import { describe, expect, it } from 'vitest';
import type { TimelineEvent } from '../../../src/lib/document';
import { locate } from '../../../src/lib/edits/anchor';
import {
  NO_EDITS, addEvent, changeEvent, deleteEvent, editedIds, editsFromEvents, mergeEdits, newEventId, readEdits,
} from '../../../src/lib/edits';

// A stand-in for extraction: one event per sentence holding a known date phrase, ids by position,
// as a real extractor numbers them. Publication date 2025-11-05 throughout.
const DATES: Record<string, [string, string]> = {
  'last week': ['2025-10-27', '2025-11-02'],
  'on Tuesday': ['2025-11-04', '2025-11-04'],
  'in March': ['2026-03-01', '2026-03-31'],
};

function extract(text: string): TimelineEvent[] {
  const events: TimelineEvent[] = [];
  for (const m of text.matchAll(/[^.]+\./g)) {
    const sentence = m[0];
    const lead = sentence.length - sentence.trimStart().length;
    for (const [words, [start, end]] of Object.entries(DATES)) {
      if (!sentence.includes(words)) continue;
      events.push({
        id: `e${events.length + 1}`,
        label: sentence.trim().split(' ').slice(0, 3).join(' '),
        status: start > '2025-11-05' ? 'projected' : 'past',
        when: { timex: null, start, end, granularity: start === end ? 'day' : 'month', text: words },
        source: { start: m.index + lead, end: m.index + sentence.length },
      });
    }
  }
  return events;
}

const ARTICLE = 'Trump toured Asia last week. The NIS briefed lawmakers on Tuesday. Drills are expected in March.';

const relabel = (e: TimelineEvent, label: string): TimelineEvent => ({ ...e, label });

describe('mergeEdits', () => {
  it('returns extraction unchanged when there are no edits', () => {
    const events = extract(ARTICLE);
    expect(mergeEdits(events, NO_EDITS, ARTICLE)).toEqual(events);
  });

  it('keeps a changed label when a paragraph is inserted above and every offset shifts', () => {
    const [, briefing] = extract(ARTICLE);
    const edits = changeEvent(NO_EDITS, briefing, relabel(briefing, 'NIS briefing'), ARTICLE);
    const longer = 'Seoul, Wednesday. Officials spoke. ' + ARTICLE;
    const merged = mergeEdits(extract(longer), edits, longer);
    expect(merged.map((e) => e.label)).toEqual(['Trump toured Asia', 'NIS briefing', 'Drills are expected']);
    const kept = merged[1];
    expect(longer.slice(kept.source.start, kept.source.end)).toBe('The NIS briefed lawmakers on Tuesday.');
    expect(kept.id).toBe('e2');
  });

  it('keeps an event the user marked as background through a new extraction, and its label following extraction', () => {
    const [, briefing] = extract(ARTICLE);
    const edits = changeEvent(NO_EDITS, briefing, { ...briefing, prominence: 'background' }, ARTICLE);
    expect(edits.changed[0].fields).toEqual(['prominence']);
    const merged = mergeEdits(extract(ARTICLE), edits, ARTICLE);
    expect(merged[1]).toMatchObject({ label: 'The NIS briefed', prominence: 'background' });
    expect(merged.filter((e) => e.prominence)).toHaveLength(1);
  });

  it('keeps a deleted event deleted after the text changes', () => {
    const [first] = extract(ARTICLE);
    const edits = deleteEvent(NO_EDITS, first, ARTICLE);
    const edited = ARTICLE.replace('Drills are', 'Joint drills are');
    expect(mergeEdits(extract(edited), edits, edited).map((e) => e.label)).toEqual(['The NIS briefed', 'Joint drills are']);
  });

  it('follows a changed event through a typo fix in its own sentence', () => {
    const [, , drills] = extract(ARTICLE);
    const edits = changeEvent(NO_EDITS, drills, { ...drills, status: 'past' }, ARTICLE);
    const fixed = ARTICLE.replace('Drills are expected', 'Drills are now expected');
    const merged = mergeEdits(extract(fixed), edits, fixed);
    expect(merged).toHaveLength(3);
    // Only the status was the user's; the label follows the new wording.
    expect(merged[2]).toMatchObject({ id: 'e3', status: 'past', label: 'Drills are now' });
  });

  it('never drops a changed event whose sentence was rewritten beyond recognition', () => {
    const [, briefing] = extract(ARTICLE);
    const edits = changeEvent(NO_EDITS, briefing, relabel(briefing, 'NIS briefing'), ARTICLE);
    const rewritten = 'Trump toured Asia last week. Spies said little. Drills are expected in March.';
    const merged = mergeEdits(extract(rewritten), edits, rewritten);
    expect(merged.map((e) => [e.id, e.label])).toEqual([
      ['e1', 'Trump toured Asia'], ['e2~1', 'Drills are expected'], ['e2', 'NIS briefing'],
    ]);
    expect(merged[2].source).toEqual({ start: 0, end: 0 });
  });

  it('tells two identical sentences apart by where they were', () => {
    const text = 'Talks resumed last week. Markets rose. Talks resumed last week.';
    const [, second] = extract(text);
    const edits = changeEvent(NO_EDITS, second, relabel(second, 'Second round'), text);
    const longer = 'Intro. ' + text;
    expect(mergeEdits(extract(longer), edits, longer).map((e) => e.label)).toEqual(['Talks resumed last', 'Second round']);
  });

  it('keeps an added event and re-attaches it to its sentence', () => {
    const source = { start: ARTICLE.indexOf('The NIS'), end: ARTICLE.indexOf('Drills') - 1 };
    const added: TimelineEvent = {
      id: newEventId(extract(ARTICLE).map((e) => e.id)), label: 'Lawmakers told', status: 'past',
      when: { timex: null, start: '2025-11-04', end: '2025-11-04', granularity: 'day', text: null }, source,
    };
    const edits = addEvent(NO_EDITS, added, ARTICLE);
    const longer = 'New lead. ' + ARTICLE;
    const merged = mergeEdits(extract(longer), edits, longer);
    const kept = merged.find((e) => e.id === 'user-1')!;
    expect(longer.slice(kept.source.start, kept.source.end)).toBe('The NIS briefed lawmakers on Tuesday.');
    expect(editedIds(edits)).toEqual(new Set(['user-1']));
  });

  it('re-dates a relabelled event when the publication date changes, keeping its label', () => {
    const [first] = extract(ARTICLE);
    const edits = changeEvent(NO_EDITS, first, relabel(first, 'Asia tour'), ARTICLE);
    const redated = extract(ARTICLE).map((e) => ({ ...e, when: { ...e.when, start: '2024-01-01', end: '2024-01-01' } }));
    const merged = mergeEdits(redated, edits, ARTICLE);
    expect(merged[0]).toMatchObject({ label: 'Asia tour', when: { start: '2024-01-01' } });
    expect(merged[1].when.start).toBe('2024-01-01');
  });

  it('keeps dates the user set when the publication date changes', () => {
    const [first] = extract(ARTICLE);
    const when = { ...first.when, start: '2025-10-28', end: '2025-10-28', granularity: 'day' as const };
    let edits = changeEvent(NO_EDITS, first, { ...first, when }, ARTICLE);
    edits = changeEvent(edits, { ...first, when }, { ...first, when, label: 'Tour' }, ARTICLE);
    expect(edits.changed[0].fields).toEqual(['label', 'when']);
    const redated = extract(ARTICLE).map((e) => ({ ...e, when: { ...e.when, start: '2024-01-01', end: '2024-01-01' } }));
    expect(mergeEdits(redated, edits, ARTICLE)[0]).toMatchObject({ label: 'Tour', when: { start: '2025-10-28' } });
  });

  it('forgets an added event entirely when it is deleted', () => {
    const blank: TimelineEvent = {
      id: 'user-1', label: 'New event', status: 'projected', source: { start: 0, end: 0 },
      when: { timex: null, start: null, end: null, granularity: null, text: null },
    };
    const edits = deleteEvent(addEvent(NO_EDITS, blank, ARTICLE), blank, ARTICLE);
    expect(edits).toEqual(NO_EDITS);
  });
});

describe('editsFromEvents', () => {
  it('finds no edits in a plain extraction', () => {
    const events = extract(ARTICLE);
    expect(editsFromEvents(events, events, ARTICLE)).toEqual(NO_EDITS);
  });

  it('recovers the edits that produced a document, so merging gives it back exactly', () => {
    const events = extract(ARTICLE);
    let edits = changeEvent(NO_EDITS, events[0], relabel(events[0], 'Asia tour'), ARTICLE);
    edits = deleteEvent(edits, events[2], ARTICLE);
    edits = addEvent(edits, { ...events[1], id: 'user-1', label: 'Added' }, ARTICLE);
    const shown = mergeEdits(events, edits, ARTICLE);
    const recovered = editsFromEvents(extract(ARTICLE), structuredClone(shown), ARTICLE);
    expect(mergeEdits(extract(ARTICLE), recovered, ARTICLE)).toEqual(shown);
  });
});

describe('readEdits', () => {
  it('reads back edits that went through JSON', () => {
    const events = extract(ARTICLE);
    const edits = deleteEvent(changeEvent(NO_EDITS, events[0], relabel(events[0], 'Tour'), ARTICLE), events[1], ARTICLE);
    expect(readEdits(JSON.parse(JSON.stringify(edits)))).toEqual(edits);
  });
  it.each([
    [null, 'The saved edits are not an object.'],
    [{ changed: [], added: [], deleted: [{ sentence: 1 }] }, 'Saved deletion 1 has a damaged anchor.'],
    [{ changed: [{ event: { id: 'x' } }], added: [], deleted: [] }, 'Saved changed event 1 must have a label, found nothing.'],
  ])('says what is wrong with damaged edits %j', (value, message) => {
    expect(() => readEdits(value)).toThrow(message);
  });
});

describe('locate', () => {
  it('finds a sentence re-wrapped across lines, nearest to where it was', () => {
    const text = 'Intro.\nTalks (in Geneva) resumed\n  on Monday. Later. Talks (in Geneva) resumed on Monday.';
    expect(locate('Talks (in Geneva) resumed on Monday.', text, 0)).toEqual({ start: 7, end: 45 });
    expect(locate('Talks (in Geneva) resumed on Monday.', text, 50)).toEqual({ start: 53, end: 89 });
    expect(locate('Talks collapsed.', text, 0)).toBeNull();
  });
});
