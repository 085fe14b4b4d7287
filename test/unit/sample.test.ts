// End to end on the project's sample article (public/samples/korea-summit.txt, published
// Wednesday 2025-11-05): the real tagger, then events.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { TimelineEvent } from '../../src/lib/document';
import { extract } from '../../src/lib/extract';

const text = readFileSync(new URL('../../public/samples/korea-summit.txt', import.meta.url), 'utf8');
const doc = extract(text, { title: null, published: '2025-11-05', url: null, publisher: null });
const source = (e: TimelineEvent) => text.slice(e.source.start, e.source.end);
const about = (words: string) => doc.events.filter((e) => source(e).includes(words));

describe('the sample article, published 2025-11-05', () => {
  it('dates the NIS briefing "on Tuesday" to 2025-11-04, past', () => {
    const [briefing] = about('revealed in a briefing to lawmakers');
    expect(briefing).toMatchObject({ status: 'past', when: { start: '2025-11-04', end: '2025-11-04', granularity: 'day', text: 'Tuesday' } });
  });

  it('puts every "last week" event in 2025-W44 (2025-10-27..2025-11-02), past', () => {
    const lastWeek = doc.events.filter((e) => e.when.text?.toLowerCase() === 'last week');
    expect(lastWeek.length).toBeGreaterThanOrEqual(5);
    for (const e of lastWeek) expect([e.when.timex, e.when.start, e.when.end, e.status]).toEqual(['2025-W44', '2025-10-27', '2025-11-02', 'past']);
    expect(lastWeek.map((e) => e.label)).toContain('Choe met with Putin to discuss bilateral trade');
  });

  it('projects the March drills and the possible summit into 2026-03', () => {
    const drills = about('joint military training').find((e) => e.when.start !== null);
    const meeting = about('a potential meeting in March').find((e) => e.when.start?.startsWith('2026'))!;
    for (const e of [drills, meeting]) {
      expect(e).toMatchObject({ status: 'projected', when: { timex: '2026-03', start: '2026-03-01', end: '2026-03-31', granularity: 'month' } });
    }
    expect(drills?.modality).toBe('expected');
    expect(meeting.modality).toBe('possible');
  });

  it('makes the parade an undated projected event', () => {
    const parade = doc.events.find((e) => /parade/.test(e.label));
    expect(parade).toMatchObject({ status: 'projected', when: { timex: null, start: null, end: null, granularity: null } });
  });

  it('marks the summit that failed to materialize during APEC as did-not-happen, dated by the APEC summit of last week', () => {
    const apec = about('failed to materialize')[0];
    expect(apec).toMatchObject({ label: 'The much-anticipated North Korea-U.S. summit during APEC failed to materialize', status: 'past', modality: 'did-not-happen', when: { timex: '2025-W44' } });
    expect(about('but that did not materialize')[0].modality).toBe('did-not-happen');
  });

  it('takes nothing from the COMMENTS furniture at the end', () => {
    const comments = text.indexOf('COMMENTS');
    expect(doc.events.filter((e) => e.source.end > comments)).toEqual([]);
  });

  it('makes no event of quotes that are only talk ("I’d do it", "I would love to see him")', () => {
    expect(about('I’d do it')).toEqual([]);
    expect(about('I would love to see him')).toEqual([]);
  });

  it('sorts dated events by first day with the undated ones last, ids unique', () => {
    const starts = doc.events.map((e) => e.when.start ?? '9999');
    expect(starts).toEqual([...starts].sort());
    expect(new Set(doc.events.map((e) => e.id)).size).toBe(doc.events.length);
  });

  it('keeps every label within about twelve words, none cut with an ellipsis, and every source span inside the text', () => {
    for (const e of doc.events) {
      expect(e.label.split(' ').length).toBeLessThanOrEqual(16);
      expect(e.label.length).toBeLessThanOrEqual(107);
      expect(e.label).not.toMatch(/…$/);
      expect(e.source.start).toBeGreaterThanOrEqual(0);
      expect(e.source.end).toBeLessThanOrEqual(text.length);
    }
  });
});

// End to end on NEW sentences (not from the sample), with the real tagger.
describe('new sentences, end to end', () => {
  it.each([
    ['The ferry operator cancelled its night crossings on Monday.', '2024-05-15', 'The ferry operator cancelled its night crossings', 'past', 'asserted', '2024-05-13'],
    ['The regulator will publish its ruling next month.', '2024-05-15', 'The regulator will publish its ruling', 'projected', 'planned', '2024-06-01'],
    ['A strike planned for last week was called off.', '2024-05-15', 'A strike planned was called off', 'past', 'did-not-happen', '2024-05-06'],
    ['Inflation is expected to ease in the third quarter.', '2024-05-15', 'Inflation is expected to ease', 'projected', 'expected', '2024-07-01'],
  ])('%j (published %s) reads %j, %s, %s, from %s', (sentence, published, label, status, modality, start) => {
    const [event] = extract(sentence, { title: null, published, url: null, publisher: null }).events;
    expect([event.label, event.status, event.modality, event.when.start]).toEqual([label, status, modality, start]);
  });
});
