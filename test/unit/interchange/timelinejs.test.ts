import { describe, expect, it } from 'vitest';
import type { NewslineDocument } from '../../../src/lib/document';
import { fromTimelineJs, htmlToText, toTimelineJs } from '../../../src/lib/interchange';
import { readDocument } from '../../../src/lib/validate';

const TEXT = 'Trump toured Asia last week. Drills <b>are</b> expected in March. A parade is planned.';
const PUBLISHED = '2025-11-05';

const doc: NewslineDocument = {
  version: 1,
  article: { title: 'Summit <maybe>', published: PUBLISHED, url: null, publisher: null },
  text: TEXT,
  timexes: [],
  events: [
    { id: 'e1', label: 'Asia tour', status: 'past', source: { start: 0, end: 28 },
      when: { timex: '2025-W44', start: '2025-10-27', end: '2025-11-02', granularity: 'week', text: 'last week' } },
    { id: 'e2', label: 'Drills <script>', status: 'projected', source: { start: 29, end: 65 },
      when: { timex: '2026-03', start: '2026-03-01', end: '2026-03-31', granularity: 'month', text: 'in March' } },
    { id: 'e3', label: 'Parade', status: 'projected', source: { start: 66, end: 86 },
      when: { timex: null, start: null, end: null, granularity: null, text: null } },
  ],
};

describe('toTimelineJs', () => {
  const { file, leftOut } = toTimelineJs(doc);

  it('writes a week as a start and end day and a month as a month', () => {
    expect(file.events.map((e) => [e.start_date, e.end_date])).toEqual([
      [{ year: 2025, month: 10, day: 27 }, { year: 2025, month: 11, day: 2 }],
      [{ year: 2026, month: 3 }, undefined],
    ]);
  });

  it('maps status to the groups Past and Projected', () => {
    expect(file.events.map((e) => e.group)).toEqual(['Past', 'Projected']);
  });

  it('leaves out undated events and says how many, since TimelineJS cannot place them', () => {
    expect(leftOut).toBe(1);
  });

  it('escapes labels and sentences, because TimelineJS renders them as HTML', () => {
    expect(file.events[1].text).toEqual({ headline: 'Drills &lt;script&gt;', text: 'Drills &lt;b&gt;are&lt;/b&gt; expected in March.' });
    expect(file.title?.text.headline).toBe('Summit &lt;maybe&gt;');
  });
});

describe('fromTimelineJs', () => {
  it('round-trips labels, statuses and date ranges of exported events', () => {
    const back = fromTimelineJs(JSON.parse(JSON.stringify(toTimelineJs(doc).file)), PUBLISHED);
    expect(back.events.map((e) => [e.label, e.status, e.when.start, e.when.end, e.when.granularity])).toEqual([
      ['Asia tour', 'past', '2025-10-27', '2025-11-02', null],
      ['Drills <script>', 'projected', '2026-03-01', '2026-03-31', 'month'],
    ]);
    expect(back.article.title).toBe('Summit <maybe>');
  });

  it('builds an article text in which every event has its own paragraph as source', () => {
    const back = fromTimelineJs({ events: [
      { start_date: { year: '2018', month: '6', day: '12' }, text: { headline: 'Singapore summit', text: '<p>Trump met <i>Kim</i>.</p>' } },
      { start_date: { year: 2019 }, text: { headline: 'Hanoi', text: '' } },
    ] }, PUBLISHED);
    expect(back.events.map((e) => back.text.slice(e.source.start, e.source.end))).toEqual(['Singapore summit\nTrump met Kim.', 'Hanoi']);
    expect(back.events[1].when).toMatchObject({ start: '2019-01-01', end: '2019-12-31', granularity: 'year' });
    expect(() => readDocument(back)).not.toThrow();
  });

  it('takes the status from the date when an event has no Past or Projected group', () => {
    const back = fromTimelineJs({ events: [
      { start_date: { year: 2025, month: 11, day: 4 }, text: { headline: 'a', text: '' }, group: 'Politics' },
      { start_date: { year: 2025, month: 11, day: 6 }, text: { headline: 'b', text: '' } },
    ] }, PUBLISHED);
    expect(back.events.map((e) => e.status)).toEqual(['past', 'projected']);
  });

  it.each([
    [[1, 2], 'This is not a TimelineJS file: expected an object with an "events" list, found [1,2].'],
    [{ version: 1, text: '' }, 'This is not a TimelineJS file: its "events" must be a list, found nothing.'],
    [{ events: { a: 1 } }, 'This is not a TimelineJS file: its "events" must be a list, found {"a":1}.'],
    [{ events: ['Summit'] }, 'TimelineJS event 1 must be an object, found "Summit".'],
    [{ events: [{ text: { headline: 'x' } }] }, 'TimelineJS event 1\'s start date is missing; give it as {"year": 2025, "month": 11, "day": 5}.'],
    [{ events: [{ start_date: '2025-11-05' }] }, 'TimelineJS event 1\'s start date is "2025-11-05", not a date object such as {"year": 2025, "month": 11, "day": 5}.'],
    [{ events: [{ start_date: { year: 2025, month: 11, day: { d: 3 } } }] }, "TimelineJS event 1's start date has the day {\"d\":3}, which is not in 2025-11."],
    [{ events: [{ start_date: { year: 2025, month: [11] } }] }, "TimelineJS event 1's start date has the month [11], which is not 1 to 12."],
    [{ events: [{ start_date: { year: 'twenty' } }] }, "TimelineJS event 1's start date has the year \"twenty\", which is not a whole number."],
    [{ events: [{ start_date: { year: 2025, month: 'March' } }] }, "TimelineJS event 1's start date has the month \"March\", which is not 1 to 12."],
    [{ events: [{ start_date: { month: 3 } }] }, "TimelineJS event 1's start date has no year."],
    [{ events: [{ start_date: { year: 2025, month: 13 } }] }, "TimelineJS event 1's start date has the month 13, which is not 1 to 12."],
    [{ events: [{ start_date: { year: 2025, month: 2, day: 29 } }] }, "TimelineJS event 1's start date has the day 29, which is not in 2025-02."],
    [{ events: [{ start_date: { year: 2025, month: 5 }, end_date: { year: 2025, month: 4 } }] }, 'TimelineJS event 1 ends before it starts.'],
    [{ events: [{ start_date: { year: -500 } }] }, "TimelineJS event 1's start date is in the year -500; Newsline handles years 1 to 9999."],
  ])('rejects %j with a sentence naming the problem', (input, message) => {
    expect(() => fromTimelineJs(input, PUBLISHED)).toThrow(message);
  });
});

describe('htmlToText', () => {
  it.each([
    ['<b>Bold</b> &amp; plain', 'Bold & plain'],
    ['line<br>break', 'line\nbreak'],
    ['&lt;script&gt;alert(1)&lt;/script&gt;', '<script>alert(1)</script>'],
    ['&#8220;quoted&#x201D;', '\u201cquoted\u201d'],
    ['a < b and c > d', 'a < b and c > d'],
  ])('turns %j into the text %j', (html, text) => {
    expect(htmlToText(html)).toBe(text);
  });
});
