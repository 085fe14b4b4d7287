// Handmade documents for layout and view tests: the sample article's events as the extractor
// is expected to give them (past, projected, a range, a did-not-happen, an undated parade),
// plus a synthetic generator for dense and large cases. Explicit publication dates only.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Granularity, Modality, NewslineDocument, TimelineEvent } from '../../../src/lib/document';

export const SAMPLE_TEXT = readFileSync(resolve(process.cwd(), 'public/samples/korea-summit.txt'), 'utf8');

function ev(
  id: string,
  label: string,
  status: 'past' | 'projected',
  sentence: string,
  start: string | null,
  end: string | null,
  granularity: Granularity | null,
  whenText: string | null,
  modality?: Modality,
): TimelineEvent {
  const at = SAMPLE_TEXT.indexOf(sentence);
  if (at < 0) throw new Error(`fixture sentence not in sample: ${sentence}`);
  return {
    id, label, status, ...(modality ? { modality } : {}),
    when: { timex: start ? start.slice(0, 10) : null, start, end, granularity, text: whenText },
    source: { start: at, end: at + sentence.length },
  };
}

export const SAMPLE_EVENTS: TimelineEvent[] = [
  ev('e1', 'NIS briefs lawmakers', 'past', 'The National Intelligence Service (NIS) of South Korea revealed', '2025-11-04', '2025-11-04', 'day', 'on Tuesday'),
  ev('e2', 'Trump visits Malaysia, Japan and South Korea', 'past', 'President Trump visited Malaysia, Japan, and South Korea last week', '2025-10-27', '2025-11-02', 'week', 'last week'),
  ev('e3', 'North Korea-U.S. summit during APEC', 'past', 'Although the much-anticipated North Korea-U.S. summit during APEC failed to materialize', '2025-10-27', '2025-11-02', 'week', 'last week', 'did-not-happen'),
  ev('e4', 'Choe meets Putin', 'past', 'Choe met with Putin last week', '2025-10-27', '2025-11-02', 'week', 'last week'),
  ev('e5', 'Kim attends museum groundbreaking', 'past', 'Kim attended a groundbreaking ceremony', '2025-10-27', '2025-11-02', 'week', 'Last week'),
  ev('e6', 'Trump on Air Force One to Malaysia', 'past', 'On his Air Force One flight to Malaysia last weekend', '2025-10-25', '2025-10-26', 'weekend', 'last weekend'),
  ev('e7', 'Trump says he would love to meet Kim', 'past', 'On Monday, traveling to Japan', '2025-10-27', '2025-10-27', 'day', 'On Monday'),
  ev('e8', 'Joint military training with the U.S.', 'projected', 'joint military training with the United States in March', '2026-03-01', '2026-03-31', 'month', 'in March', 'planned'),
  ev('e9', 'Possible North-U.S. summit', 'projected', 'They are likely to push for a North-U.S. summit', '2026-03-01', '2026-03-31', 'month', 'in March', 'possible'),
  ev('e10', 'North Korea parade', 'projected', 'while also preparing for its own parade', null, null, null, null, 'expected'),
  ev('e11', 'Kim admits sending troops to Kursk', 'past', 'Kim admitted this year to sending thousands of troops', '2025-01-01', '2025-12-31', 'year', 'this year'),
];
SAMPLE_EVENTS[8].when.mod = 'APPROX';

export const SAMPLE_DOC: NewslineDocument = {
  version: 1,
  article: { title: "South Korea Says 'High Chance' of Trump-Kim Jong-un Summit in March", published: '2025-11-05', url: null, publisher: 'Breitbart News' },
  text: SAMPLE_TEXT,
  timexes: [],
  events: SAMPLE_EVENTS,
};

/** n synthetic events over `days` days from 2024-01-01, a deterministic mix of kinds. */
export function syntheticEvents(n: number, days = 730, seed = 1): TimelineEvent[] {
  let s = seed;
  const rand = () => ((s = (s * 1103515245 + 12345) % 2147483648) / 2147483648);
  const base = Date.UTC(2024, 0, 1);
  const day = (d: number) => new Date(base + d * 86_400_000).toISOString().slice(0, 10);
  const out: TimelineEvent[] = [];
  for (let i = 0; i < n; i++) {
    const d = Math.floor(rand() * days);
    const span = rand() < 0.7 ? 0 : Math.floor(rand() * 30);
    const undated = rand() < 0.02;
    out.push({
      id: `s${i}`,
      label: `Event ${i} ${'abcdefghij'.slice(0, 1 + Math.floor(rand() * 10))} happens`,
      status: d > days / 2 ? 'projected' : 'past',
      modality: rand() < 0.05 ? 'did-not-happen' : undefined,
      when: undated
        ? { timex: null, start: null, end: null, granularity: null, text: null }
        : { timex: day(d), start: day(d), end: day(d + span), granularity: span ? 'month' : 'day', text: 'x' },
      source: { start: 0, end: 1 },
    });
  }
  return out;
}
