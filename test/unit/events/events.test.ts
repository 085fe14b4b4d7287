import { describe, expect, it } from 'vitest';
import { buildEvents } from '../../../src/lib/events';
import { timexOf } from './helpers';

describe('buildEvents', () => {
  it('gives one event on the finer date when a sentence tells one happening with a period and a day inside it', () => {
    const text = 'The cannery opened its gates just last week for the 2024 season.';
    const events = buildEvents(text, [timexOf(text, 'last week', '2024-W19'), timexOf(text, '2024', '2024')], '2024-05-15');
    expect(events.map((e) => [e.label, e.when.start, e.when.end])).toEqual([['The cannery opened its gates for the season', '2024-05-06', '2024-05-12']]);
  });

  it('gives two events for a sentence with two dated clauses, each with its own status and label', () => {
    const text = 'The factory shut down last month, but the owners plan to reopen it in January.';
    const events = buildEvents(text, [timexOf(text, 'last month', '2024-04'), timexOf(text, 'January', '2025-01')], '2024-05-15');
    expect(events.map((e) => [e.label, e.status, e.modality, e.when.start, e.when.end])).toEqual([
      ['The factory shut down', 'past', 'asserted', '2024-04-01', '2024-04-30'],
      ['The owners plan to reopen it', 'projected', 'planned', '2025-01-01', '2025-01-31'],
    ]);
  });

  it('cuts a clause holding two dates at the joint after the first one', () => {
    const text = 'The agency revealed to lawmakers on Tuesday that a vote could follow in June.';
    const events = buildEvents(text, [timexOf(text, 'Tuesday', '2024-05-14'), timexOf(text, 'June', '2024-06')], '2024-05-15');
    expect(events.map((e) => [e.label, e.status])).toEqual([
      ['The agency revealed to lawmakers', 'past'],
      ['A vote could follow', 'projected'],
    ]);
  });

  it('gives a saying on its day and what was said on its own date: two dates, two events', () => {
    const text = 'The port authority told shippers on Tuesday that a new berth could open in June.';
    const events = buildEvents(text, [timexOf(text, 'Tuesday', '2024-05-14'), timexOf(text, 'June', '2024-06')], '2024-05-15');
    expect(events.map((e) => [e.label, e.status, e.when.text])).toEqual([
      ['The port authority told shippers a new berth could open', 'past', 'Tuesday'],
      ['A new berth could open', 'projected', 'June'],
    ]);
  });

  it('carries "but that did not happen" back to the clause it refers to', () => {
    const text = 'Talks were planned for last week, but that did not happen.';
    const [event, ...rest] = buildEvents(text, [timexOf(text, 'last week', '2024-W19')], '2024-05-15');
    expect(rest).toEqual([]);
    expect(event).toMatchObject({ status: 'past', modality: 'did-not-happen', label: 'Talks were planned' });
  });

  it('makes an undated projected event for a verbless clause that shares the modal of the clause before', () => {
    const text = 'The league is set to expand in 2026, while also preparing for a new stadium.';
    const events = buildEvents(text, [timexOf(text, '2026', '2026')], '2024-05-15');
    expect(events.map((e) => [e.label, e.status, e.when.start])).toEqual([
      ['The league is set to expand', 'projected', '2026-01-01'],
      ['The league is preparing for a new stadium', 'projected', null],
    ]);
  });

  it('fills `when` from the timex and its range, and the source with the sentence span', () => {
    const text = 'Lead. The bridge reopened in early March after repairs.';
    const timex = { ...timexOf(text, 'early March', '2024-03'), mod: 'START' };
    const [event] = buildEvents(text, [timex], '2024-05-15');
    expect(event).toEqual({
      id: `e-6-${timex.start}`,
      label: 'The bridge reopened after repairs',
      status: 'past',
      modality: 'asserted',
      when: { timex: '2024-03', start: '2024-03-01', end: '2024-03-10', granularity: 'month', text: 'early March', mod: 'START' },
      source: { start: 6, end: text.length },
    });
  });

  it('sorts by first day, then by position, undated last, with stable ids', () => {
    const text = 'The port will expand. The dock opened in 2020. Cranes arrived in 2019.';
    const timexes = [timexOf(text, '2020', '2020'), timexOf(text, '2019', '2019')];
    const first = buildEvents(text, timexes, '2024-05-15');
    expect(first.map((e) => e.label)).toEqual(['Cranes arrived', 'The dock opened', 'The port will expand']);
    expect(buildEvents(text, [...timexes].reverse(), '2024-05-15')).toEqual(first);
  });

  it('ignores sentences in the trailing page furniture', () => {
    const text = 'The museum reopened on Sunday after a two-year renovation that cost the city millions.\n\nRelated:\nMuseum to open on Sunday\nShare this article';
    const timexes = [timexOf(text, 'Sunday', '2024-05-12'), { ...timexOf(text, 'Sunday', '2024-05-12'), start: text.lastIndexOf('Sunday'), end: text.lastIndexOf('Sunday') + 6 }];
    expect(buildEvents(text, timexes, '2024-05-15').map((e) => e.label)).toEqual(['The museum reopened after a two-year renovation that cost the city millions']);
  });

  it('gives no event for empty text', () => {
    expect(buildEvents('', [], '2024-05-15')).toEqual([]);
  });
});

describe('buildEvents with spans and names', () => {
  it('makes one event of "from 2015 to 2021", spanning both years', () => {
    const text = 'Ortega ran the port authority from 2015 to 2021.';
    const events = buildEvents(text, [timexOf(text, '2015', '2015'), timexOf(text, '2021', '2021')], '2024-05-15');
    expect(events.map((e) => [e.label, e.when.timex, e.when.start, e.when.end, e.when.text])).toEqual([
      ['Ortega ran the port authority', '2015', '2015-01-01', '2021-12-31', 'from 2015 to 2021'],
    ]);
  });

  it('gives a statement "during" a named event the date the article gave that event', () => {
    const text = 'Leaders gathered for the NATO summit last week. A deal on drones during NATO fell through.';
    const events = buildEvents(text, [timexOf(text, 'last week', '2024-W19')], '2024-05-15');
    expect(events.map((e) => [e.label, e.status, e.modality, e.when.timex])).toEqual([
      ['Leaders gathered for the NATO summit', 'past', 'asserted', '2024-W19'],
      ['A deal on drones during NATO fell through', 'past', 'did-not-happen', '2024-W19'],
    ]);
  });

  it('does not anchor to a name the article never dated', () => {
    const text = 'A deal on drones during NATO fell through.';
    expect(buildEvents(text, [], '2024-05-15')).toEqual([]);
  });
});

describe('buildEvents and vague references', () => {
  it('does not let "formerly" cut a clause as if it were a second date', () => {
    const text = 'The formerly state-owned airline was floated on British and Irish markets in May 2006.';
    const events = buildEvents(text, [timexOf(text, 'formerly', 'PAST_REF'), timexOf(text, 'May 2006', '2006-05')], '2024-05-15');
    expect(events.map((e) => e.label)).toEqual(['The formerly state-owned airline was floated on British and Irish markets']);
  });
});

describe('buildEvents with several dates in one clause', () => {
  it('gives each date the cue words leading up to it', () => {
    const text = 'The company announced today a launch event to be held on October 12.';
    const events = buildEvents(text, [timexOf(text, 'today', '2024-05-15'), timexOf(text, 'October 12', '2024-10-12')], '2024-05-15');
    expect(events.map((e) => [e.when.text, e.status])).toEqual([
      ['today', 'past'],
      ['October 12', 'projected'],
    ]);
  });

  it('reads "October of next year" as one date, the finer one', () => {
    const text = 'The contracts will expire in October of next year.';
    const events = buildEvents(text, [timexOf(text, 'October', '2025-10'), timexOf(text, 'next year', '2025')], '2024-05-15');
    expect(events.map((e) => [e.label, e.when.timex, e.when.text])).toEqual([['The contracts will expire', '2025-10', 'October of next year']]);
  });

  it('keeps a date that is the subject of its clause', () => {
    const text = 'Saturday was picked for the vote.';
    expect(buildEvents(text, [timexOf(text, 'Saturday', '2024-05-11')], '2024-05-15')[0].label).toBe('Saturday was picked for the vote');
  });
});

describe('buildEvents and quotations', () => {
  it('keeps a quoted projection that names who will do what', () => {
    const text = '“The ministry will open three new clinics in the north,” a spokesman said.';
    expect(buildEvents(text, [], '2024-05-15').map((e) => [e.label, e.status, e.when.start])).toEqual([
      ['The ministry will open three new clinics in the north', 'projected', null],
    ]);
  });
});

describe('buildEvents and comparisons', () => {
  it.each([
    ['Car sales fell 35% in January, compared to the same month a year ago.', 'the same month a year ago', '2023-01'],
    ['Sales dropped 42% last month from the previous year.', 'the previous year', '2023'],
    ['Exports were higher than in 2019.', '2019', '2019'],
  ])('does not date %j by its baseline %j', (text, words, value) => {
    expect(buildEvents(text, [timexOf(text, words, value)], '2024-05-15')).toEqual([]);
  });

  it('does not date an event by the yardstick of a superlative ("the lowest since January")', () => {
    const text = 'Bond yields fell to their lowest since January.';
    expect(buildEvents(text, [timexOf(text, 'January', '2024-01')], '2024-05-15')).toEqual([]);
  });

  it('keeps "between July 2022 and September 2023" as one span, and an elliptical tail with its clause', () => {
    const text = 'The bank raised rates between July 2022 and September 2023. Analysts expect two cuts, the first in June and the second in September.';
    const timexes = [
      timexOf(text, 'July 2022', '2022-07'),
      timexOf(text, 'September 2023', '2023-09'),
      timexOf(text, 'June', '2024-06'),
      { ...timexOf(text, 'September', '2024-09'), start: text.lastIndexOf('September'), end: text.lastIndexOf('September') + 9 },
    ];
    expect(buildEvents(text, timexes, '2024-05-15').map((e) => [e.when.start, e.when.end, e.status, e.modality, e.label])).toEqual([
      ['2022-07-01', '2023-09-30', 'past', 'asserted', 'The bank raised rates'],
      ['2024-06-01', '2024-06-30', 'projected', 'expected', 'Analysts expect two cuts, the first and the second in September'],
      ['2024-09-01', '2024-09-30', 'projected', 'expected', 'Analysts expect two cuts, the first in June and the second'],
    ]);
  });
});

describe('the end of a year is its last month', () => {
  const when = (text: string, words: string, value: string) => buildEvents(text, [timexOf(text, words, value, 'DATE', 'END')], '2024-05-15').map((e) => [e.when.start, e.when.end]);
  it('"by the end of the year" is December', () => {
    expect(when('The mill will reopen by the end of the year.', 'the end of the year', '2024')).toEqual([['2024-12-01', '2024-12-31']]);
  });
  it('"late 2025" stays the last third, from September', () => {
    const [[start, end]] = when('The mill will reopen in late 2025.', 'late 2025', '2025');
    expect([String(start).slice(0, 7), end]).toEqual(['2025-09', '2025-12-31']);
  });
});

describe('a length counted "later" from a moment told before', () => {
  it('is not drawn ahead of the day of writing when its verb is a plain past', () => {
    const text = 'Twenty years later, a reporter went back to the village.';
    expect(buildEvents(text, [timexOf(text, 'Twenty years later', '2044')], '2024-05-15')).toEqual([]);
  });
  it('still looks ahead with a future verb', () => {
    const text = 'Two weeks later, the ferry will sail again.';
    expect(buildEvents(text, [timexOf(text, 'Two weeks later', '2024-05-29')], '2024-05-15').map((e) => e.status)).toEqual(['projected']);
  });
});
