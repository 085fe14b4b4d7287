// The entry points the story and presentation work added, as fast-check properties in the
// shape of entry-points.ts (which lists them with the others): a document's presentation
// settings through readDocument and out as the exported story picture; the story column's
// layout on random events; the story stage on random sets of articles; the text analysis
// (sentences, words, verb groups) on random and garbled text. Self-contained (no values from
// entry-points.ts, which imports this file).
import fc from 'fast-check';
import { analyseText, firstVerbGroup, verbGroupBefore } from '../../../src/lib/analysis';
import { columnLayout } from '../../../src/lib/column';
import type { Granularity, NewslineDocument, TimelineEvent } from '../../../src/lib/document';
import { dayNumber, dayString } from '../../../src/lib/layout/days';
import { PRESETS } from '../../../src/lib/publish/presets';
import { storyExportSvg } from '../../../src/lib/publish/story-export';
import { buildStory, prepareCollection, type StoryArticle } from '../../../src/lib/story';
import { readDocument } from '../../../src/lib/validate';
import type { EntryPoint } from './entry-points';
import { liveMarkup } from './live-markup';
import { MEGABYTE, PAYLOADS } from './payloads';

const entry = <T>(e: EntryPoint<T>) => e as unknown as EntryPoint;
const fail = (what: string): never => {
  throw new Error(what);
};

// ---- arbitraries -------------------------------------------------------------------------

const FIRST_DAY = dayNumber('0001-01-01');
const LAST_DAY = dayNumber('9999-12-31');
/** Any day of 0001..9999, weighted towards now. */
const dayArb = fc.oneof(
  fc.integer({ min: FIRST_DAY, max: LAST_DAY }).map(dayString),
  fc.integer({ min: dayNumber('2020-01-01'), max: dayNumber('2030-12-31') }).map(dayString),
);
const WORDS = [
  'The', 'council', 'met', 'on', 'Monday', 'and', 'will', 'vote', 'in', 'March', 'said', 'officials', 'is', 'expected', 'to',
  'last', 'week', 'next', 'year', 'Jan.', '5,', '2024', '1999', 'ago', 'U.S.', 'Mr.', 'Dr.', 'e.g.', '...', '?', '!', '.', ',',
  ';', ':', '"', '“', '”', '(', ')', '—', '\n', '\n\n', '\t', '\u00a0', '\u200b', '\u200d', '\u202e', '\ud800', '\udfff', '\u0000',
  'é', 'İ', 'ß', 'ﬁ', '👩‍👩‍👧', 'didn’t', "won't", 'isn\'t', 'http://x.example/a.b', ...PAYLOADS.slice(0, 12),
];
const garbledArb = fc.array(fc.constantFrom(...WORDS), { maxLength: 80 }).map((w) => w.join(' '));
const textArb = fc.oneof(
  { weight: 4, arbitrary: garbledArb },
  { weight: 1, arbitrary: fc.string({ maxLength: 300 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'grapheme', maxLength: 200 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 200 }) },
  { weight: 1, arbitrary: fc.array(garbledArb, { maxLength: 5 }).map((p) => p.join('\n\n')) },
);
const labelArb = fc.oneof(
  { weight: 3, arbitrary: garbledArb },
  { weight: 1, arbitrary: fc.constantFrom(...PAYLOADS) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 120 }) },
  { weight: 1, arbitrary: fc.string({ unit: fc.constantFrom('W', 'i', 'm', ' ', '\u200b', '-'), minLength: 1, maxLength: 400 }) },
);

const GRANULARITIES: Granularity[] = ['day', 'week', 'month', 'quarter', 'half', 'season', 'year', 'decade', 'century'];
const eventArb = fc.record({
  label: labelArb,
  status: fc.constantFrom('past', 'projected') as fc.Arbitrary<'past' | 'projected'>,
  modality: fc.option(fc.constantFrom('asserted', 'planned', 'forecast', 'possible', 'negated', 'hypothetical'), { nil: undefined }),
  dated: fc.option(fc.tuple(dayArb, fc.nat({ max: 4000 }), fc.constantFrom(...GRANULARITIES)), { freq: 6 }),
});

type RawEvent = typeof eventArb extends fc.Arbitrary<infer R> ? R : never;

function eventsOf(raw: RawEvent[]): TimelineEvent[] {
  return raw.map((r, i) => {
    const d = r.dated;
    const end = d ? dayString(Math.min(LAST_DAY, dayNumber(d[0]) + d[1])) : null;
    return {
      id: `e${i + 1}`,
      label: r.label,
      status: r.status,
      ...(r.modality ? { modality: r.modality } : {}),
      when: d ? { timex: d[0], start: d[0], end, granularity: d[2], text: 'on a day' } : { timex: null, start: null, end: null, granularity: null, text: null },
      source: { start: 0, end: 0 },
    } as TimelineEvent;
  });
}

// ---- presentation ------------------------------------------------------------------------

const BASE: NewslineDocument = {
  version: 1,
  article: { title: 'Harbor strike', published: '2025-11-05', url: 'https://news.example/harbor', publisher: 'Example News' },
  text: 'The harbor closed on Monday. Talks will resume in March.',
  timexes: [],
  events: [
    { id: 'e1', label: 'The harbor closed', status: 'past', when: { timex: '2025-11-03', start: '2025-11-03', end: '2025-11-03', granularity: 'day', text: 'on Monday' }, source: { start: 0, end: 28 } },
    { id: 'e2', label: 'Talks resume', status: 'projected', modality: 'planned', when: { timex: '2026-03', start: '2026-03-01', end: '2026-03-31', granularity: 'month', text: 'in March' }, source: { start: 29, end: 56 } },
  ],
};
const hostileText = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom(...PAYLOADS) },
  { weight: 2, arbitrary: fc.string({ unit: 'binary', maxLength: 200 }) },
  { weight: 2, arbitrary: garbledArb },
  { weight: 1, arbitrary: fc.anything({ maxDepth: 1 }) },
  { weight: 1, arbitrary: fc.constantFrom(MEGABYTE, '   ', '\n\t', '') },
);
const presentationArb = fc.oneof(
  { weight: 1, arbitrary: fc.anything({ maxDepth: 2 }) },
  {
    weight: 5,
    arbitrary: fc.record({
      dateStyle: fc.oneof(fc.constantFrom('ap', 'uk', 'iso', 'AP', 'us', '__proto__'), fc.anything({ maxDepth: 0 })),
      theme: fc.oneof(fc.constantFrom('auto', 'light', 'dark', 'javascript:x', 'constructor'), fc.anything({ maxDepth: 0 })),
      headline: hostileText,
      dek: hostileText,
      credit: hostileText,
    }, { requiredKeys: [] }),
  },
);
const LIMITS = { headline: 300, dek: 400, credit: 300 } as const;

const presentationEntry = entry({
  name: 'presentation (readDocument -> exported story SVG)', testRuns: 120,
  inputs: fc.tuple(presentationArb, fc.constantFrom(null, ...PRESETS.map((p) => p.name)), fc.boolean(), fc.boolean()),
  check: ([presentation, preset, dark, roundTrip]) => {
    const raw = { ...BASE, presentation };
    const doc = readDocument(roundTrip ? JSON.parse(JSON.stringify(raw)) : raw); // never refused for its presentation
    const p = doc.presentation ?? {};
    for (const key of Object.keys(p)) if (!['dateStyle', 'theme', 'headline', 'dek', 'credit'].includes(key)) fail(`presentation kept an unknown key ${key}`);
    if (p.dateStyle !== undefined && !['ap', 'uk', 'iso'].includes(p.dateStyle)) fail(`presentation kept the date style ${p.dateStyle}`);
    if (p.theme !== undefined && !['auto', 'light', 'dark'].includes(p.theme)) fail(`presentation kept the theme ${p.theme}`);
    for (const key of ['headline', 'dek', 'credit'] as const) {
      const v = p[key];
      if (v === undefined) continue;
      if (typeof v !== 'string' || !v || v !== v.trim() || /\s\s/.test(v) || v.length > LIMITS[key]) fail(`presentation ${key} ${JSON.stringify(v.slice(0, 80))} is not trimmed and bounded`);
    }
    const svg = storyExportSvg(doc, { preset, theme: dark ? 'dark' : 'light' });
    const live = liveMarkup(svg, 'https://news.example/harbor');
    if (live.length) fail(`the exported SVG holds live markup: ${live.join('; ')}`);
    if (/[\u0000-\u0008\u000b\u000c\u000e-\u001f]/.test(svg)) fail('the exported SVG holds characters XML forbids');
    if (!/^(?:<\?xml [^>]*\?>\s*)?<svg[\s\S]*<\/svg>\s*$/.test(svg)) fail('the exported SVG is not one <svg> element');
  },
});

// ---- the story column ----------------------------------------------------------------------

const columnEntry = entry({
  name: 'story column layout', testRuns: 200,
  inputs: fc.record({
    events: fc.array(eventArb, { maxLength: 25 }),
    published: fc.oneof(dayArb, dayArb.map((d) => `${d}T23:59`)),
    width: fc.oneof(fc.integer({ min: 1, max: 4000 }), fc.double({ min: 0.5, max: 5000, noNaN: true })),
    fontSize: fc.option(fc.integer({ min: 6, max: 48 }), { nil: undefined }),
    style: fc.constantFrom('ap', 'uk', 'iso') as fc.Arbitrary<'ap' | 'uk' | 'iso'>,
    foldDays: fc.option(fc.integer({ min: 0, max: 5000 }), { nil: undefined }),
  }),
  check: ({ events: raw, published, width, fontSize, style, foldDays }) => {
    const events = eventsOf(raw);
    const layout = columnLayout(events, width, { published, fontSize, style, foldDays });
    const finite = (n: number | null, what: string) => (n === null || Number.isFinite(n) ? n : fail(`${what} is ${n}`));
    finite(layout.height, 'the column height');
    finite(layout.projectedTop, 'the expected side top');
    let last = -Infinity;
    const seen = new Map<string, number>();
    for (const row of layout.rows) {
      finite(row.y, `row ${row.kind} y`);
      finite(row.height, `row ${row.kind} height`);
      if (row.gap < 0 || row.height < 0) fail(`row ${row.kind} has a negative gap or height`);
      if (row.y < last) fail(`row ${row.kind} at ${row.y} is above the row before it (${last})`);
      last = row.y;
      if (row.y + row.height > layout.height) fail(`row ${row.kind} ends below the column`);
      if (row.kind === 'fold') row.ids.forEach((id) => seen.set(id, (seen.get(id) ?? 0) + 1));
      if (row.kind === 'entry') {
        seen.set(row.id, (seen.get(row.id) ?? 0) + 1);
        const drawn = row.lines.join('').replace(/\s/g, '');
        if (drawn !== row.event.label.replace(/\s/g, '')) fail(`the label of ${row.id} was cut: ${JSON.stringify(row.lines).slice(0, 200)}`);
      }
    }
    for (const e of events) if (seen.get(e.id) !== 1) fail(`event ${e.id} is shown ${seen.get(e.id) ?? 0} times`);
  },
});

// ---- the story stage -----------------------------------------------------------------------

const articleArb = fc.record({ text: textArb, published: fc.oneof(dayArb, fc.constantFrom('2024-03-04', '2024-03-05T09:30', '0001-01-01', '9999-12-31')) });
const storyEntry = entry({
  name: 'story stage (prepareCollection + buildStory)', testRuns: 40, fuzzShare: 0.1,
  inputs: fc.record({
    articles: fc.array(articleArb, { minLength: 1, maxLength: 8 }),
    dates: fc.integer({ min: 1, max: 30 }),
    sentences: fc.integer({ min: 1, max: 6 }),
    span: fc.option(fc.tuple(dayArb, dayArb).map(([a, b]) => (a <= b ? [a, b] : [b, a])), { freq: 4 }),
  }),
  check: ({ articles: raw, dates, sentences, span }) => {
    const articles: StoryArticle[] = raw.map((a, i) => ({ id: `a${i}`, text: a.text, published: a.published }));
    const story = buildStory(prepareCollection(articles), { dates, sentences, start: span?.[0], end: span?.[1] });
    if (story.timeline.length > dates) fail(`${story.timeline.length} days for --dates ${dates}`);
    const byId = new Map(articles.map((a) => [a.id, a]));
    for (const e of story.timeline) {
      if (!/^\d{4}-\d{2}-\d{2}$/.test(e.date)) fail(`a day ${JSON.stringify(e.date)}`);
      if (span && (e.date < span[0] || e.date > span[1])) fail(`day ${e.date} outside ${span[0]}..${span[1]}`);
      if (e.sentences.length === 0 || e.sentences.length > sentences) fail(`${e.sentences.length} sentences on ${e.date} for --sentences ${sentences}`);
      if (e.sources.length !== e.sentences.length || e.labels.length !== e.sentences.length) fail(`sources or labels do not match sentences on ${e.date}`);
      if (!Number.isFinite(e.score)) fail(`day ${e.date} scored ${e.score}`);
      for (const s of e.sources) {
        const a = byId.get(s.article) ?? fail(`a source names ${s.article}, no article`);
        if (!(Number.isInteger(s.start) && 0 <= s.start && s.start <= s.end && s.end <= a.text.length)) fail(`source ${s.start}-${s.end} outside ${s.article} (${a.text.length} characters)`);
      }
    }
    JSON.parse(JSON.stringify(story)); // what the CLI prints reads back
  },
});

// ---- text analysis -------------------------------------------------------------------------

function checkAnalysis(text: string): void {
  const a = analyseText(text);
  let end = 0;
  for (const s of a.sentences) {
    if (!(Number.isInteger(s.start) && s.start >= end && s.start <= s.end && s.end <= text.length)) fail(`sentence ${s.start}-${s.end} outside the text or overlapping the one before (which ended at ${end})`);
    end = s.end;
    const words = a.wordsOf(s);
    for (const w of words) {
      if (!(s.start <= w.start && w.start <= w.end && w.end <= s.end)) fail(`word "${w.text}" at ${w.start}-${w.end} outside its sentence ${s.start}-${s.end}`);
      if (text.slice(w.start, w.end) !== w.text) fail(`word "${w.text}" is not the text at ${w.start}-${w.end}`);
    }
    for (const g of [firstVerbGroup(words, s.start, s.end), verbGroupBefore(words, s.start, s.end)]) {
      if (g && !(g.first.start >= s.start && g.end <= s.end && g.first.start <= g.end)) fail(`verb group "${g.text}" ends at ${g.end}, outside its sentence ${s.start}-${s.end}`);
    }
  }
}

const analysisEntry = entry({ name: 'analysis (sentences, words, verb groups)', testRuns: 200, inputs: textArb, check: checkAnalysis });

// Whole articles of garbled news with markup in them, up to 20 KB (size 'max': fast-check's bias
// would keep them short); the fuzz script reports how long the slowest took.
const longTextArb = fc
  .array(fc.array(fc.constantFrom(...WORDS), { minLength: 5, maxLength: 60, size: 'max' }).map((w) => w.join(' ')), { minLength: 20, maxLength: 300, size: 'max' })
  .map((p) => p.join('\n\n').slice(0, 20_000));
const longAnalysisEntry = entry({ name: 'analysis, texts up to 20 KB', testRuns: 3, fuzzShare: 0.01, inputs: longTextArb, check: checkAnalysis });

export const NEW_ENTRY_POINTS: EntryPoint[] = [presentationEntry, columnEntry, storyEntry, analysisEntry, longAnalysisEntry];
