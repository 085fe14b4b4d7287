// The entry points that take outside data, each as one fast-check property: extraction on
// random and garbled text with any publication date of 0001..9999, the TimelineJS importer,
// the share-link fragment decoder, saved records, readDocument, and ingest of HTML pages and
// Markdown files (ingest-entries.ts), and what the story work added (new-entries.ts: presentation
// settings to the exported picture, the story column, the story stage, text analysis). Every one must either give
// a valid value or throw a clear sentence for the user; extraction must never throw and keep
// every offset inside its text. Run at a few hundred inputs each by entry-points.test.ts and
// at any size by `npm run fuzz -- N` (scripts/fuzz.ts).
import fc from 'fast-check';
import type { NewslineDocument } from '../../../src/lib/document';
import { extract } from '../../../src/lib/extract';
import { fromTimelineJs } from '../../../src/lib/interchange';
import { decodeDocumentFragment, encodeDocumentFragment, toBase64Url } from '../../../src/lib/publish/fragment';
import { valueInCalendar } from '../../../src/lib/temporal/bounds';
import { monthLength } from '../../../src/lib/temporal/calendar';
import { DocumentError, readDocument } from '../../../src/lib/validate';
import { TimelineStore } from '../../../src/app/storage';
import { ingestHtmlEntry, ingestMarkdownEntry } from './ingest-entries';
import { NEW_ENTRY_POINTS } from './new-entries';

export interface EntryPoint<T = unknown> {
  name: string;
  /** How many runs `npm test` gives it (extraction is the slowest per input). */
  testRuns: number;
  /** The share of `npm run fuzz -- N` it runs (a 20 KB article takes far longer than a line). */
  fuzzShare?: number;
  inputs: fc.Arbitrary<T>;
  /** Throws when the entry point misbehaves on `input`. */
  check: (input: T) => void | Promise<void>;
}

const entry = <T>(e: EntryPoint<T>) => e as unknown as EntryPoint;

/** The entry point as one property; `timed` hears how long each input took. */
export function propertyOf(e: EntryPoint, timed?: (ms: number) => void): fc.IAsyncPropertyWithHooks<[unknown]> {
  return fc.asyncProperty(e.inputs, async (input) => {
    const start = performance.now();
    await e.check(input);
    timed?.(performance.now() - start);
  });
}

/** A message fit to show a user: one or more sentences, no JavaScript leaking through. */
export function assertSentence(err: unknown, where: string): void {
  if (!(err instanceof Error)) throw new Error(`${where} threw a non-Error: ${String(err)}`);
  const m = err.message;
  const ok = m.length > 10 && m.length < 600 && /^[A-Z“"]/.test(m) && /[.)]$/.test(m) &&
    !/\[object |is not a function|Cannot read properties|undefined \(reading|is not iterable|Maximum call stack/.test(m);
  if (!ok) throw new Error(`${where} threw an unclear message: ${JSON.stringify(m)}`);
}

// ---- arbitraries -------------------------------------------------------------------------

/** Any real day of 0001..9999, with a time of day now and then. */
export const publishedArb = fc
  .record({ year: fc.integer({ min: 1, max: 9999 }), month: fc.integer({ min: 1, max: 12 }), day: fc.integer({ min: 1, max: 31 }), time: fc.option(fc.tuple(fc.integer({ min: 0, max: 23 }), fc.integer({ min: 0, max: 59 })), { freq: 4 }) })
  .map(({ year, month, day, time }) => {
    const pad = (n: number, w = 2) => String(n).padStart(w, '0');
    const d = `${pad(year, 4)}-${pad(month)}-${pad(Math.min(day, monthLength(year, month)))}`;
    return time ? `${d}T${pad(time[0])}:${pad(time[1])}` : d;
  });
/** The years where calendar edges and chrono's two-digit years bite, weighted up. */
const edgePublishedArb = fc.oneof(publishedArb, fc.constantFrom('0001-01-01', '0001-06-01', '0099-12-31', '9999-06-01', '9999-12-31T23:59', '2025-11-05'));

const NEWS_WORDS = [
  'officials', 'met', 'will', 'meet', 'said', 'on', 'in', 'last', 'next', 'this', 'week', 'month', 'year', 'between', 'and',
  'from', 'to', 'until', 'since', 'after', 'before', 'the', 'summit', 'drills', 'March', 'May', 'Dec.', 'January', 'spring',
  'Monday', 'Tuesday', 'Friday', 'weekend', 'today', 'yesterday', 'tomorrow', 'ago', 'later', 'early', 'late', 'mid-',
  'the 1990s', '2025', '1999', '0001', '9999', '10000', '3-5', '30', '2nd', 'Q3', 'H1', 'fiscal', 'FY2024', '12:30', 'p.m.',
  'EST', 'two days later', 'the same day', 'the following year', 'a decade', 'century', 'Christmas', 'Easter', '–', '—',
  '-', '.', ',', ';', '"', '“', '”', '(', ')', '\n', '\n\n', '  ', '\u00a0', '\u200b', '\ud83d\ude00', '\ud800', 'é', 'ß',
];
/** News-like word salad: real date phrases in broken sentences. */
const garbledArb = fc.array(fc.constantFrom(...NEWS_WORDS), { maxLength: 60 }).map((w) => w.join(' '));
export const textArb = fc.oneof(
  { weight: 3, arbitrary: garbledArb },
  { weight: 1, arbitrary: fc.string({ maxLength: 200 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'grapheme', maxLength: 120 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 120 }) },
  { weight: 1, arbitrary: fc.array(garbledArb, { maxLength: 4 }).map((p) => p.join('\n\n')) },
);

const VALID_DOC: NewslineDocument = {
  version: 1,
  article: { title: 'Summit', published: '2025-11-05', url: null, publisher: null },
  text: 'Leaders met last week. Drills will be held in March.',
  timexes: [{ start: 12, end: 21, text: 'last week', type: 'DATE', value: '2025-W44' }],
  events: [
    { id: 'e1', label: 'Leaders met', status: 'past', when: { timex: '2025-W44', start: '2025-10-27', end: '2025-11-02', granularity: 'week', text: 'last week' }, source: { start: 0, end: 22 } },
    { id: 'e2', label: 'Drills', status: 'projected', modality: 'planned', when: { timex: '2026-03', start: '2026-03-01', end: '2026-03-31', granularity: 'month', text: 'in March' }, source: { start: 23, end: 52 } },
  ],
};

type Json = unknown;
/** Every path into a JSON value, for mutating one place of a valid value. */
function paths(v: Json, at: (string | number)[] = []): (string | number)[][] {
  const out = [at];
  if (Array.isArray(v)) v.forEach((x, i) => out.push(...paths(x, [...at, i])));
  else if (v !== null && typeof v === 'object') for (const [k, x] of Object.entries(v)) out.push(...paths(x, [...at, k]));
  return out;
}

const hostileValue = fc.oneof(
  fc.anything({ maxDepth: 2 }),
  fc.constantFrom('', '0000-01-01', '9999-12-31', '10000-01-01', '2025-02-30', -1, 1e21, Number.NaN, '__proto__', { toString: 1 }, [], {}, '<script>alert(1)</script>'),
);

/** `valid` with one place replaced by a hostile value (or removed). */
export function mutated(valid: Json): fc.Arbitrary<Json> {
  const all = paths(valid);
  return fc.tuple(fc.nat({ max: all.length - 1 }), hostileValue, fc.boolean()).map(([i, value, remove]) => {
    const copy = structuredClone(valid) as Record<string | number, unknown>;
    const path = all[i];
    if (path.length === 0) return value;
    let node = copy;
    for (const k of path.slice(0, -1)) node = node[k] as Record<string | number, unknown>;
    const last = path[path.length - 1];
    if (remove && !Array.isArray(node)) delete node[last];
    else node[last] = value;
    return copy;
  });
}

// ---- properties --------------------------------------------------------------------------

function checkDocument(doc: NewslineDocument, text: string): void {
  const fail = (what: string) => {
    throw new Error(what);
  };
  if (doc.text !== text) fail('the document text is not the input');
  for (const t of doc.timexes) {
    if (!(Number.isInteger(t.start) && Number.isInteger(t.end) && 0 <= t.start && t.start <= t.end && t.end <= text.length)) fail(`timex offsets ${t.start}-${t.end} outside the text`);
    if (text.slice(t.start, t.end) !== t.text) fail(`timex text "${t.text}" is not the text at its offsets`);
    if (!valueInCalendar(t.type, t.value)) fail(`timex value ${t.value} outside 0001..9999`);
  }
  for (const e of doc.events) {
    if (!(0 <= e.source.start && e.source.start <= e.source.end && e.source.end <= text.length)) fail(`event ${e.id} source ${e.source.start}-${e.source.end} outside the text`);
    const { start, end } = e.when;
    if ((start === null) !== (end === null)) fail(`event ${e.id} has one date end`);
    if (start !== null && !(start <= end!)) fail(`event ${e.id} ends ${end} before it starts ${start}`);
  }
  readDocument(JSON.parse(JSON.stringify(doc))); // what the CLI prints must open in the app
}

const extractEntry = entry({
  name: 'extract (tagger + events)', testRuns: 150,
  inputs: fc.tuple(textArb, edgePublishedArb),
  check: ([text, published]) => checkDocument(extract(text, { title: null, url: null, publisher: null, published }), text),
});

/** Whole articles of garbled news, up to 20 KB: none may take long (the fuzz script reports the slowest). */
// size 'max': fast-check's default bias would keep these to a few hundred characters
const paragraphArb = fc.array(fc.constantFrom(...NEWS_WORDS), { minLength: 5, maxLength: 60, size: 'max' }).map((w) => w.join(' '));
const longTextArb = fc.array(paragraphArb, { minLength: 20, maxLength: 300, size: 'max' }).map((p) => p.join('\n\n').slice(0, 20_000));
const longExtractEntry = entry({
  name: 'extract, articles up to 20 KB', testRuns: 4, fuzzShare: 0.01,
  inputs: fc.tuple(longTextArb, edgePublishedArb),
  check: ([text, published]) => checkDocument(extract(text, { title: null, url: null, publisher: null, published }), text),
});

const timelineJsDate = fc.record({ year: hostileValue, month: fc.option(hostileValue), day: fc.option(hostileValue) }, { requiredKeys: ['year'] });
const timelineJsArb = fc.oneof(
  fc.anything({ maxDepth: 3 }),
  fc.record({
    title: fc.option(fc.anything({ maxDepth: 2 })),
    events: fc.array(fc.record({
      start_date: fc.oneof(timelineJsDate, fc.record({ year: fc.integer({ min: -20, max: 12000 }), month: fc.integer({ min: -1, max: 13 }), day: fc.integer({ min: -1, max: 32 }) }), hostileValue),
      end_date: fc.option(timelineJsDate),
      text: fc.oneof(fc.record({ headline: fc.string(), text: fc.string() }), hostileValue),
      group: fc.option(fc.oneof(fc.constantFrom('Past', 'Projected', 'past'), fc.anything({ maxDepth: 1 }))),
      display_date: fc.option(fc.oneof(fc.string(), hostileValue)),
    }, { requiredKeys: [] }), { maxLength: 6 }),
  }, { requiredKeys: ['events'] }),
);

const timelineJsEntry = entry({
  name: 'TimelineJS import', testRuns: 300,
  inputs: fc.tuple(timelineJsArb, publishedArb),
  check: ([value, published]) => {
    let doc: NewslineDocument;
    try {
      doc = fromTimelineJs(value, published);
    } catch (err) {
      assertSentence(err, 'fromTimelineJs');
      return;
    }
    readDocument(JSON.parse(JSON.stringify(doc)));
  },
});

const VALID_FRAGMENT = encodeDocumentFragment(VALID_DOC);
const fragmentArb = fc.oneof(
  fc.string({ maxLength: 200 }),
  fc.string({ unit: fc.constantFrom(...'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_'), maxLength: 300 }),
  fc.uint8Array({ maxLength: 300 }).map((b) => toBase64Url(b)),
  fc.tuple(fc.nat(), fc.nat({ max: 63 }), fc.constantFrom('cut', 'flip', 'prefix')).map(([at, c, how]) => ({ at, c, how })),
  mutated(VALID_DOC).map((doc) => ({ doc })),
);

const fragmentEntry = entry({
  name: 'share-link fragment', testRuns: 200,
  inputs: fragmentArb,
  check: async (input) => {
    let fragment: string;
    if (typeof input === 'string') fragment = input;
    else if ('doc' in input) fragment = await encodeDocumentFragment(input.doc);
    else {
      const valid = await VALID_FRAGMENT;
      const at = input.at % valid.length;
      const ch = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_'[input.c];
      fragment = input.how === 'cut' ? valid.slice(0, at) : input.how === 'flip' ? valid.slice(0, at) + ch + valid.slice(at + 1) : `#doc=${valid.slice(at)}`;
    }
    let value: unknown;
    try {
      value = await decodeDocumentFragment(fragment);
    } catch (err) {
      assertSentence(err, 'decodeDocumentFragment');
      return;
    }
    try {
      readDocument(value);
    } catch (err) {
      if (!(err instanceof DocumentError)) throw err;
      assertSentence(err, 'readDocument');
    }
  },
});

/** A Storage over a Map, as localStorage is. */
class MemoryStorage implements Storage {
  private items = new Map<string, string>();
  get length() { return this.items.size; }
  key(i: number) { return [...this.items.keys()][i] ?? null; }
  getItem(k: string) { return this.items.get(k) ?? null; }
  setItem(k: string, v: string) { this.items.set(k, String(v)); }
  removeItem(k: string) { this.items.delete(k); }
  clear() { this.items.clear(); }
}

const VALID_RECORD = {
  format: 1, id: 't1', savedAt: '2025-11-05T12:00:00Z',
  history: {
    present: {
      text: VALID_DOC.text, article: VALID_DOC.article,
      edits: { changed: [{ event: VALID_DOC.events[0], anchor: { sentence: 'Leaders met last week.', dateText: 'last week', at: 0 }, fields: ['label'] }], added: [], deleted: [{ sentence: 'Drills will be held in March.', dateText: 'in March', at: 23 }] },
      settings: { theme: 'dark', credit: 'Wire', lanes: { past: true, projected: true, undated: false } },
    },
    past: [{ text: { at: 0, removed: '', inserted: 'x' }, before: { article: VALID_DOC.article, edits: { changed: [], added: [], deleted: [] } }, after: { article: VALID_DOC.article, edits: { changed: [], added: [], deleted: [] } } }],
    future: [],
  },
};
const recordArb = fc.oneof(
  mutated(VALID_RECORD).map((r) => JSON.stringify(r) ?? 'undefined'),
  fc.anything({ maxDepth: 3 }).map((r) => JSON.stringify(r) ?? 'null'),
  fc.string({ maxLength: 100 }),
  fc.tuple(fc.nat()).map(([at]) => JSON.stringify(VALID_RECORD).slice(0, at % 900)),
);

const savedRecordEntry = entry({
  name: 'saved records', testRuns: 300,
  inputs: recordArb,
  check: (raw) => {
    const storage = new MemoryStorage();
    storage.setItem('newsline:timeline:t1', raw);
    storage.setItem('newsline:recent', raw);
    const store = new TimelineStore(() => storage);
    store.recent(); // a damaged recent list is no list, never a crash
    const loaded = store.load('t1');
    if (!loaded.ok) {
      assertSentence(new Error(loaded.message), 'TimelineStore.load');
      return;
    }
    // what was read saves and reads back the same
    const again = new TimelineStore(() => storage);
    if (!again.save('t1', loaded.history, 'now').ok) throw new Error('a record that opened could not be saved');
    const reread = again.load('t1');
    if (!reread.ok || JSON.stringify(reread.history.present) !== JSON.stringify(loaded.history.present)) throw new Error('a saved record did not read back the same');
  },
});

const readDocumentEntry = entry({
  name: 'readDocument', testRuns: 300,
  inputs: fc.oneof(mutated(VALID_DOC), mutated(VALID_DOC).chain(mutated), fc.anything({ maxDepth: 3 })),
  check: (value) => {
    let doc: NewslineDocument;
    try {
      doc = readDocument(value);
    } catch (err) {
      if (!(err instanceof DocumentError)) throw new Error(`readDocument threw ${String(err)} instead of a DocumentError`);
      assertSentence(err, 'readDocument');
      return;
    }
    for (const span of [...doc.timexes, ...doc.events.map((e) => e.source)]) {
      if (!(0 <= span.start && span.start <= span.end && span.end <= doc.text.length)) throw new Error('readDocument let an offset outside the text through');
    }
    readDocument(JSON.parse(JSON.stringify(doc))); // what it gives is a document it accepts
  },
});

export const ENTRY_POINTS: EntryPoint[] = [
  extractEntry, longExtractEntry, timelineJsEntry, fragmentEntry, savedRecordEntry, readDocumentEntry,
  entry(ingestHtmlEntry), entry(ingestMarkdownEntry), ...NEW_ENTRY_POINTS,
];
