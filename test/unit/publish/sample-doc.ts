// A small hand-written document for publish tests: past, projected, undated and hostile labels.
import type { NewslineDocument } from '../../../src/lib/document';

const text =
  'Trump toured Asia last week. Drills are planned in March. The North is preparing a parade. ' +
  'A label with <script>alert(1)</script> & friends happened on Tuesday.';

const at = (s: string) => ({ start: text.indexOf(s), end: text.indexOf(s) + s.length });

export const sampleDoc: NewslineDocument = {
  version: 1,
  article: {
    title: 'Summit "likely" in March <b>& after</b>',
    published: '2025-11-05',
    url: 'https://news.example/summit',
    publisher: 'Example & Sons News',
  },
  text,
  timexes: [],
  events: [
    {
      id: 'e1', label: 'Trump toured Asia', status: 'past', modality: 'asserted',
      when: { timex: '2025-W44', start: '2025-10-27', end: '2025-11-02', granularity: 'week', text: 'last week' },
      source: at('Trump toured Asia last week.'),
    },
    {
      id: 'e2', label: '<script>alert(1)</script> & friends', status: 'past',
      when: { timex: '2025-11-04', start: '2025-11-04', end: '2025-11-04', granularity: 'day', text: 'on Tuesday' },
      source: at('A label with <script>alert(1)</script> & friends happened on Tuesday.'),
    },
    {
      id: 'e3', label: 'Joint military drills', status: 'projected', modality: 'planned',
      when: { timex: '2026-03', start: '2026-03-01', end: '2026-03-31', granularity: 'month', text: 'in March' },
      source: at('Drills are planned in March.'),
    },
    {
      id: 'e4', label: 'Parade', status: 'projected', modality: 'expected',
      when: { timex: null, start: null, end: null, granularity: null, text: null },
      source: at('The North is preparing a parade.'),
    },
  ],
};
