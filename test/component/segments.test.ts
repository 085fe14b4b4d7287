import { describe, expect, it } from 'vitest';
import { splitAtSources } from '../../src/app/segments';
import type { TimelineEvent } from '../../src/lib/document';

const ev = (id: string, start: number, end: number) =>
  ({ id, label: id, status: 'past', when: { timex: null, start: null, end: null, granularity: null, text: null }, source: { start, end } }) as TimelineEvent;

describe('splitAtSources', () => {
  const cases: { name: string; text: string; events: TimelineEvent[]; expected: [string, string[]][] }[] = [
    { name: 'plain text with no events stays one piece', text: 'Hello.', events: [], expected: [['Hello.', []]] },
    {
      name: 'a source in the middle splits the text in three',
      text: 'A. B met. C.',
      events: [ev('b', 3, 9)],
      expected: [['A. ', []], ['B met.', ['b']], [' C.', []]],
    },
    {
      name: 'two events from one sentence share its piece',
      text: 'X met on Monday and will meet in March.',
      events: [ev('m', 0, 39), ev('n', 0, 39)],
      expected: [['X met on Monday and will meet in March.', ['m', 'n']]],
    },
    {
      name: 'a span outside the text is ignored',
      text: 'Short.',
      events: [ev('z', 3, 99)],
      expected: [['Short.', []]],
    },
  ];
  for (const c of cases) {
    it(c.name, () => {
      expect(splitAtSources(c.text, c.events).map((s) => [c.text.slice(s.start, s.end), s.ids])).toEqual(c.expected);
    });
  }
});
