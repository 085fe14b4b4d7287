import { describe, expect, it } from 'vitest';
import { DocumentError, readDocument } from '../../src/lib/validate';
import type { NewslineDocument } from '../../src/lib/document';

const TEXT = 'Leaders met last week. Drills are expected in March.';

function doc(): NewslineDocument {
  return {
    version: 1,
    article: { title: 'Summit', published: '2025-11-05', url: null, publisher: 'Wire' },
    text: TEXT,
    timexes: [
      { start: 12, end: 21, text: 'last week', type: 'DATE', value: '2025-W44' },
      { start: 46, end: 51, text: 'March', type: 'DATE', value: '2026-03', mod: 'APPROX' },
    ],
    events: [
      {
        id: 'e1', label: 'Leaders met', status: 'past', modality: 'asserted',
        when: { timex: '2025-W44', start: '2025-10-27', end: '2025-11-02', granularity: 'week', text: 'last week' },
        source: { start: 0, end: 22 },
      },
      {
        id: 'e2', label: 'Drills', status: 'projected',
        when: { timex: null, start: null, end: null, granularity: null, text: null },
        source: { start: 23, end: 52 },
      },
    ],
  };
}

/** A valid document changed by `change`, as untyped JSON. */
function broken(change: (d: any) => void): unknown {
  const d: any = structuredClone(doc());
  change(d);
  return d;
}

describe('readDocument', () => {
  it('returns a valid document unchanged', () => {
    expect(readDocument(structuredClone(doc()))).toEqual(doc());
    const told = doc();
    told.events[0].prominence = 'background';
    expect(readDocument(structuredClone(told))).toEqual(told);
  });

  it('returns a copy that drops fields foreign to the v1 shape', () => {
    const read = readDocument(broken((d) => { d.extra = 1; d.events[0].onclick = 'x'; }));
    expect(read).toEqual(doc());
    expect('extra' in read).toBe(false);
  });

  it('accepts a publication instant with a time of day', () => {
    expect(readDocument(broken((d) => { d.article.published = '2025-11-05T14:30'; })).article.published).toBe('2025-11-05T14:30');
  });

  const cases: Array<[string, (d: any) => void, string]> = [
    ['a newer version', (d) => { d.version = 2; }, 'This is a Newsline document of version 2; this app reads version 1.'],
    ['no version', (d) => { delete d.version; }, 'This is not a Newsline document: it has no version number.'],
    ['text that is not a string', (d) => { d.text = 5; }, "The document's text must be a string, found 5."],
    ['no article', (d) => { delete d.article; }, "The document's article must be an object, found nothing."],
    ['an impossible publication day', (d) => { d.article.published = '2025-02-30'; },
      'The article\'s publication date must be a real date written YYYY-MM-DD, found "2025-02-30".'],
    ['a title that is a number', (d) => { d.article.title = 3; }, "The article's title must be text or null, found 3."],
    ['events that are not a list', (d) => { d.events = {}; }, "The document's events must be a list, found an empty object."],
    ['a timex past the end of the text', (d) => { d.timexes[1].end = 99; },
      `Timex 2 points outside the text (offsets 46–99, text length ${TEXT.length}).`],
    ['a timex of unknown type', (d) => { d.timexes[0].type = 'DAY'; },
      'Timex 1 has the type "DAY"; expected one of DATE, TIME, DURATION, SET.'],
    ['an event with no id', (d) => { d.events[1].id = ''; }, 'Event 2 has no id.'],
    ['two events with one id', (d) => { d.events[1].id = 'e1'; }, 'Event 2 has the id "e1", which an earlier event already uses.'],
    ['an unknown status', (d) => { d.events[0].status = 'future'; }, 'Event 1 has the status "future"; expected "past" or "projected".'],
    ['an unknown modality', (d) => { d.events[0].modality = 'rumoured'; },
      'Event 1 has the modality "rumoured"; expected one of asserted, planned, expected, possible, conditional, did-not-happen.'],
    ['an unknown prominence', (d) => { d.events[0].prominence = 'minor'; }, 'Event 1 has the prominence "minor"; expected "background" or none.'],
    ['an end before the start', (d) => { d.events[0].when.end = '2025-10-01'; }, 'Event 1 has an end date before its start date.'],
    ['a day that does not exist', (d) => { d.events[0].when.start = '2025-10-32'; },
      'Event 1 has a start date that is not a real YYYY-MM-DD day: "2025-10-32".'],
    ['a start with no end', (d) => { d.events[0].when.end = null; }, 'Event 1 has a start date but no end date.'],
    ['an unknown granularity', (d) => { d.events[0].when.granularity = 'fortnight'; },
      'Event 1 has the granularity "fortnight"; expected one of day, week, weekend, month, season, quarter, half, year, decade, century.'],
    ['a source span that runs backwards', (d) => { d.events[0].source = { start: 10, end: 4 }; },
      "Event 1's source sentence ends (offset 4) before it starts (offset 10)."],
    ['a source span with fractional offsets', (d) => { d.events[0].source.start = 1.5; },
      "Event 1's source sentence must have whole-number start and end offsets."],
  ];
  it.each(cases)('rejects %s with a sentence naming the problem', (_name, change, message) => {
    expect(() => readDocument(broken(change))).toThrow(new DocumentError(message));
  });

  it('says so when the value is not an object at all', () => {
    expect(() => readDocument([1, 2])).toThrow('This is not a Newsline document: expected an object, found [1,2].');
    expect(() => readDocument(null)).toThrow('This is not a Newsline document: expected an object, found null.');
  });

  it('points a TimelineJS file to the TimelineJS import', () => {
    const timelineJs = { events: [{ start_date: { year: 2025 }, text: { headline: 'x' } }] };
    expect(() => readDocument(timelineJs)).toThrow('It looks like a TimelineJS file; import it as TimelineJS instead.');
  });
});
