// Two tabs edit one timeline from the same saved version: mergeEditVersions(base, mine, theirs).
import { describe, expect, it } from 'vitest';
import type { TimelineEvent } from '../../../src/lib/document';
import { NO_EDITS, addEvent, changeEvent, deleteEvent, mergeEditVersions, mergeEdits, type Edits } from '../../../src/lib/edits';

const TEXT = 'Trump toured Asia last week. The NIS briefed lawmakers on Tuesday. Drills are expected in March.';
const event = (id: string, label: string, at: number, end: number, when: [string, string, string]): TimelineEvent => ({
  id, label, status: when[0] > '2025-11-05' ? 'projected' : 'past',
  when: { timex: null, start: when[0], end: when[1], granularity: when[0] === when[1] ? 'day' : 'week', text: when[2] },
  source: { start: at, end },
});
// what extraction gives for TEXT, published 2025-11-05
const EXTRACTED = [
  event('e1', 'Trump toured Asia', 0, 28, ['2025-10-27', '2025-11-02', 'last week']),
  event('e2', 'NIS briefed lawmakers', 29, 66, ['2025-11-04', '2025-11-04', 'on Tuesday']),
  event('e3', 'Drills expected', 67, 97, ['2026-03-01', '2026-03-31', 'in March']),
];
const [e1, e2, e3] = EXTRACTED;
const relabel = (edits: Edits, e: TimelineEvent, label: string) => changeEvent(edits, e, { ...e, label }, TEXT);
const restatus = (edits: Edits, e: TimelineEvent, status: TimelineEvent['status']) => changeEvent(edits, e, { ...e, status }, TEXT);
const labels = (edits: Edits) => mergeEdits(EXTRACTED, edits, TEXT).map((e) => `${e.id}:${e.label}:${e.status}`);

interface Case {
  name: string;
  base: Edits;
  mine: (base: Edits) => Edits;
  theirs: (base: Edits) => Edits;
  shown: string[];
  conflicts?: Array<[string, string, unknown, unknown]>;
  kept?: string[];
}

const relabelled = relabel(NO_EDITS, e1, 'Asia tour');
const CASES: Case[] = [
  {
    name: 'labels of two different events both survive',
    base: NO_EDITS, mine: (b) => relabel(b, e1, 'Asia tour'), theirs: (b) => relabel(b, e2, 'Briefing'),
    shown: ['e1:Asia tour:past', 'e2:Briefing:past', 'e3:Drills expected:projected'],
  },
  {
    name: 'two fields of one event both survive',
    base: NO_EDITS, mine: (b) => relabel(b, e3, 'Drills'), theirs: (b) => restatus(b, e3, 'past'),
    shown: ['e1:Trump toured Asia:past', 'e2:NIS briefed lawmakers:past', 'e3:Drills:past'],
  },
  {
    name: 'one field set to two values keeps this tab\'s and reports both',
    base: NO_EDITS, mine: (b) => relabel(b, e1, 'Asia tour'), theirs: (b) => relabel(b, e1, 'Trip to Asia'),
    shown: ['e1:Asia tour:past', 'e2:NIS briefed lawmakers:past', 'e3:Drills expected:projected'],
    conflicts: [['e1', 'label', { value: 'Asia tour' }, { value: 'Trip to Asia' }]],
  },
  {
    name: 'the same value set in both tabs is no conflict',
    base: NO_EDITS, mine: (b) => relabel(b, e1, 'Asia tour'), theirs: (b) => relabel(b, e1, 'Asia tour'),
    shown: ['e1:Asia tour:past', 'e2:NIS briefed lawmakers:past', 'e3:Drills expected:projected'],
  },
  {
    name: 'a field changed again in one tab over an earlier saved change takes the new value',
    base: relabelled, mine: (b) => b, theirs: (b) => relabel(b, { ...e1, label: 'Asia tour' }, 'Asia tour, APEC'),
    shown: ['e1:Asia tour, APEC:past', 'e2:NIS briefed lawmakers:past', 'e3:Drills expected:projected'],
  },
  {
    name: 'a deletion in one tab and an edit of another event in the other both survive',
    base: NO_EDITS, mine: (b) => deleteEvent(b, e2, TEXT), theirs: (b) => relabel(b, e3, 'Drills'),
    shown: ['e1:Trump toured Asia:past', 'e3:Drills:projected'],
  },
  {
    name: 'an event deleted in one tab and changed in the other is kept with the change',
    base: NO_EDITS, mine: (b) => deleteEvent(b, e2, TEXT), theirs: (b) => relabel(b, e2, 'Briefing'),
    shown: ['e1:Trump toured Asia:past', 'e2:Briefing:past', 'e3:Drills expected:projected'],
    kept: ['e2'],
  },
  {
    name: 'an earlier change deleted in one tab and untouched in the other stays deleted',
    base: relabelled, mine: (b) => deleteEvent(b, { ...e1, label: 'Asia tour' }, TEXT), theirs: (b) => relabel(b, e3, 'Drills'),
    shown: ['e2:NIS briefed lawmakers:past', 'e3:Drills:projected'],
  },
  {
    name: 'a deletion undone in one tab comes back',
    base: deleteEvent(NO_EDITS, e1, TEXT), mine: () => NO_EDITS, theirs: (b) => relabel(b, e3, 'Drills'),
    shown: ['e1:Trump toured Asia:past', 'e2:NIS briefed lawmakers:past', 'e3:Drills:projected'],
  },
  {
    name: 'two new events made under the same id in two tabs are both kept',
    base: NO_EDITS,
    mine: (b) => addEvent(b, { ...e1, id: 'user-1', label: 'Mine', source: { start: 0, end: 0 } }, TEXT),
    theirs: (b) => addEvent(b, { ...e1, id: 'user-1', label: 'Theirs', source: { start: 0, end: 0 } }, TEXT),
    shown: ['e1:Trump toured Asia:past', 'e2:NIS briefed lawmakers:past', 'e3:Drills expected:projected', 'user-1:Mine:past', 'user-2:Theirs:past'],
  },
];

describe('mergeEditVersions', () => {
  for (const c of CASES) {
    it(c.name, () => {
      const merged = mergeEditVersions(c.base, c.mine(c.base), c.theirs(c.base));
      expect(labels(merged.edits)).toEqual(c.shown);
      expect(merged.conflicts.map((x) => [x.id, x.field, x.mine, x.theirs])).toEqual(c.conflicts ?? []);
      expect(merged.keptDespiteDeletion).toEqual(c.kept ?? []);
    });
    it(`${c.name}, whichever tab merges`, () => {
      const merged = mergeEditVersions(c.base, c.theirs(c.base), c.mine(c.base));
      // the same events, each with the same fields; only a conflict's kept value and new ids differ
      const ids = (edits: Edits) => mergeEdits(EXTRACTED, edits, TEXT).map((e) => e.id).sort();
      expect(ids(merged.edits)).toEqual(ids(mergeEditVersions(c.base, c.mine(c.base), c.theirs(c.base)).edits));
      expect(merged.conflicts).toHaveLength((c.conflicts ?? []).length);
    });
  }

  it('gives mine back when theirs is the base, and theirs when mine is', () => {
    const mine = relabel(deleteEvent(NO_EDITS, e2, TEXT), e3, 'Drills');
    expect(mergeEditVersions(NO_EDITS, mine, NO_EDITS).edits).toEqual(mine);
    expect(mergeEditVersions(NO_EDITS, NO_EDITS, mine).edits).toEqual(mine);
  });
});
