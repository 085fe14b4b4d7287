// TimelineJS JSON in and out, so TimelineJS users can bring their data and take it back.
// Format: { title?: {text: {headline, text}}, events: [{ start_date: {year, month?, day?},
// end_date?, text: {headline, text}, group?, unique_id?, display_date? }] }.
// Status travels as `group` "Past" / "Projected". TimelineJS cannot place an undated event, so
// export leaves those out and says how many. Import builds an article text from the events
// (one paragraph each) so every imported event still has a source sentence.
// This module must not know about the app; the publication date is always passed in.
import type { Day, Granularity, NewslineDocument, TimelineEvent } from '../document';
import { describeValue } from '../describe-value';
import { daysInMonth } from '../temporal/reference';
import { escapeHtml, htmlToText } from './html-text';

export interface TimelineJsDate { year: number | string; month?: number | string; day?: number | string }
export interface TimelineJsEvent {
  start_date: TimelineJsDate;
  end_date?: TimelineJsDate;
  text: { headline: string; text: string };
  group?: string;
  unique_id?: string;
  display_date?: string;
}
export interface TimelineJsFile { title?: { text: { headline: string; text: string } }; events: TimelineJsEvent[] }

const pad = (n: number, w = 2) => String(n).padStart(w, '0');

function toDate(day: Day, granularity: Granularity | null, end: boolean): TimelineJsDate {
  const [year, month, d] = day.split('-').map(Number);
  if (granularity === 'year' && !end) return { year };
  if (granularity === 'month' && !end) return { year, month };
  return { year, month, day: d };
}

export function toTimelineJs(doc: NewslineDocument): { file: TimelineJsFile; leftOut: number } {
  const dated = doc.events.filter((e) => e.when.start !== null && e.when.end !== null);
  const events = dated.map((e): TimelineJsEvent => {
    const whole = e.when.granularity === 'year' || e.when.granularity === 'month';
    const out: TimelineJsEvent = {
      start_date: toDate(e.when.start!, e.when.granularity, false),
      text: { headline: escapeHtml(e.label), text: escapeHtml(doc.text.slice(e.source.start, e.source.end).trim()) },
      group: e.status === 'past' ? 'Past' : 'Projected',
      unique_id: e.id,
    };
    if (e.when.end !== e.when.start && !whole) out.end_date = toDate(e.when.end!, e.when.granularity, true);
    if (e.when.text) out.display_date = escapeHtml(e.when.text);
    return out;
  });
  const file: TimelineJsFile = { events };
  if (doc.article.title) file.title = { text: { headline: escapeHtml(doc.article.title), text: '' } };
  return { file, leftOut: doc.events.length - dated.length };
}

const fail = (sentence: string): never => {
  throw new Error(sentence);
};

function wholeNumber(v: unknown): number | null {
  const n = typeof v === 'string' && /^-?\d{1,6}$/.test(v.trim()) ? Number(v) : v;
  return typeof n === 'number' && Number.isInteger(n) ? n : null;
}

/** A TimelineJS date as the inclusive range of days it names, and how precise it is. */
function readDate(v: unknown, what: string): { first: Day; last: Day; granularity: Granularity } {
  if (v === undefined || v === null) fail(`${what} is missing; give it as {"year": 2025, "month": 11, "day": 5}.`);
  if (typeof v !== 'object' || Array.isArray(v)) fail(`${what} is ${describeValue(v)}, not a date object such as {"year": 2025, "month": 11, "day": 5}.`);
  const d = v as Record<string, unknown>;
  const year = wholeNumber(d.year);
  if (d.year === undefined || d.year === null || d.year === '') fail(`${what} has no year.`);
  if (year === null) fail(`${what} has the year ${describeValue(d.year)}, which is not a whole number.`);
  if (year! < 1 || year! > 9999) fail(`${what} is in the year ${year}; Newsline handles years 1 to 9999.`);
  const y = pad(year!, 4);
  const hasMonth = d.month !== undefined && d.month !== '' && d.month !== null;
  if (!hasMonth) return { first: `${y}-01-01`, last: `${y}-12-31`, granularity: 'year' };
  const month = wholeNumber(d.month);
  if (month === null || month < 1 || month > 12) fail(`${what} has the month ${describeValue(d.month)}, which is not 1 to 12.`);
  const m = pad(month!);
  const hasDay = d.day !== undefined && d.day !== '' && d.day !== null;
  if (!hasDay) return { first: `${y}-${m}-01`, last: `${y}-${m}-${pad(daysInMonth(year!, month!))}`, granularity: 'month' };
  const day = wholeNumber(d.day);
  if (day === null || day < 1 || day > daysInMonth(year!, month!)) fail(`${what} has the day ${describeValue(d.day)}, which is not in ${y}-${m}.`);
  const ymd = `${y}-${m}-${pad(day!)}`;
  return { first: ymd, last: ymd, granularity: 'day' };
}

const MAX_EVENTS = 10_000;

/** Reads a TimelineJS file into a document dated `published`; throws one sentence on bad input. */
export function fromTimelineJs(value: unknown, published: string): NewslineDocument {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) fail(`This is not a TimelineJS file: expected an object with an "events" list, found ${describeValue(value)}.`);
  const v = value as Record<string, unknown>;
  if (!Array.isArray(v.events)) fail(`This is not a TimelineJS file: its "events" must be a list, found ${describeValue(v.events)}.`);
  const list = v.events as unknown[];
  if (list.length > MAX_EVENTS) fail(`This TimelineJS file has ${list.length} events; Newsline imports at most ${MAX_EVENTS}.`);
  const today = published.slice(0, 10);
  const paragraphs: string[] = [];
  let offset = 0;
  const events = list.map((raw, i): TimelineEvent => {
    const what = `TimelineJS event ${i + 1}`;
    if (typeof raw !== 'object' || raw === null) fail(`${what} must be an object, found ${describeValue(raw)}.`);
    const e = raw as Record<string, unknown>;
    const start = readDate(e.start_date, `${what}'s start date`);
    const end = e.end_date === undefined || e.end_date === null ? start : readDate(e.end_date, `${what}'s end date`);
    if (end.last < start.first) fail(`${what} ends before it starts.`);
    const t = (typeof e.text === 'object' && e.text !== null ? e.text : {}) as Record<string, unknown>;
    const headline = typeof t.headline === 'string' ? htmlToText(t.headline) : '';
    const body = typeof t.text === 'string' ? htmlToText(t.text) : '';
    const label = headline || body.split(/\s+/).slice(0, 8).join(' ') || 'Untitled event';
    const paragraph = [headline, body].filter(Boolean).join('\n') || label;
    const source = { start: offset, end: offset + paragraph.length };
    paragraphs.push(paragraph);
    offset += paragraph.length + 2;
    const group = typeof e.group === 'string' ? e.group.trim().toLowerCase() : '';
    const status = group === 'past' ? 'past' : group === 'projected' ? 'projected' : start.first > today ? 'projected' : 'past';
    const granularity = start === end ? start.granularity : start.first === end.last ? 'day' : null;
    const display = typeof e.display_date === 'string' ? htmlToText(e.display_date) || null : null;
    return {
      id: `tl-${i + 1}`, label, status,
      when: { timex: null, start: start.first, end: end.last, granularity, text: display },
      source,
    };
  });
  const titleText = (v.title as { text?: { headline?: unknown } } | undefined)?.text?.headline;
  const title = typeof titleText === 'string' ? htmlToText(titleText) || null : typeof v.title === 'string' ? v.title : null;
  return {
    version: 1,
    article: { title, published, url: null, publisher: null },
    text: paragraphs.join('\n\n'),
    timexes: [],
    events,
  };
}
