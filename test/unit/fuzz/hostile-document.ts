// A document built to attack what reads it: every payload as an event label, inside the article
// text at the event's offsets, and in the title, publisher, URL and the presentation's
// headline, dek and credit. Valid by readDocument, so every reader must draw it; shared by the
// render, fuzz and browser tests.
import type { NewslineDocument, TimelineEvent } from '../../../src/lib/document';
import { ALL_IN_ONE, PAYLOADS, RUN } from './payloads';

const DAYS = ['2025-10-01', '2025-10-20', '2025-11-04', '2025-11-05', '2025-12-01', '2026-03-15'];

export function hostileDocument(extra: { headline?: string; dek?: string; credit?: string } = {}): NewslineDocument {
  let text = '';
  const events: TimelineEvent[] = PAYLOADS.map((payload, i) => {
    const start = text.length;
    text += `${payload} happened.\n`;
    const day = DAYS[i % DAYS.length];
    const past = day <= '2025-11-05';
    return {
      id: `e${i + 1}`,
      label: payload,
      status: past ? 'past' : 'projected',
      ...(past ? {} : { modality: 'planned' as const }),
      when: i % 7 === 6
        ? { timex: null, start: null, end: null, granularity: null, text: null }
        : { timex: day, start: day, end: day, granularity: 'day' as const, text: payload.slice(0, 40) },
      source: { start, end: text.length - 1 },
    } as TimelineEvent;
  });
  return {
    version: 1,
    article: { title: `<script>${RUN}</script> ${PAYLOADS[6]}`, published: '2025-11-05', url: `javascript:${RUN}`, publisher: PAYLOADS[1] },
    text,
    timexes: [],
    events,
    presentation: {
      dateStyle: 'uk',
      theme: 'dark',
      headline: extra.headline ?? ALL_IN_ONE,
      dek: extra.dek ?? PAYLOADS.slice().reverse().join(' '),
      credit: extra.credit ?? `Graphic: ${PAYLOADS[10]} ${PAYLOADS[16]}`,
    },
  };
}
