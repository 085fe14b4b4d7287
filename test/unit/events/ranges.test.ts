import { describe, expect, it } from 'vitest';
import type { Timex } from '../../../src/lib/document';
import { buildEvents } from '../../../src/lib/events/index';
import { joinsRange, rangeMention } from '../../../src/lib/events/ranges';
import { extract } from '../../../src/lib/extract';
import { timexRange } from '../../../src/lib/temporal/range';
import { timexOf } from './helpers';

// Sentences written for these tests; publication dates are given with each case.
const row = (e: ReturnType<typeof buildEvents>[number]) => [e.status, e.when.timex, e.when.start, e.when.end, e.when.granularity, e.when.text, e.label];

describe('a span of handmade timexes makes one event', () => {
  const cases: [string, string, string, [string, string][], unknown[]][] = [
    [
      'a past "from 2003 to 2007" in an article of 2024-05-15 runs over both whole years, valued by its start',
      'The mayor chaired the water board from 2003 to 2007.',
      '2024-05-15',
      [['2003', '2003'], ['2007', '2007']],
      ['past', '2003', '2003-01-01', '2007-12-31', 'year', 'from 2003 to 2007', 'The mayor chaired the water board'],
    ],
    [
      'a projected "between Monday and Wednesday" of an article of Thursday 2024-05-16 is next week\'s',
      'Engineers will inspect the dam between Monday and Wednesday.',
      '2024-05-16',
      [['Monday', '2024-05-20'], ['Wednesday', '2024-05-22']],
      ['projected', '2024-05-20', '2024-05-20', '2024-05-22', 'day', 'between Monday and Wednesday', 'Engineers will inspect the dam'],
    ],
    [
      'a month and a day take the coarser granularity: "from April to May 9"',
      'The bridge stayed shut from April to May 9.',
      '2024-05-15',
      [['April', '2024-04'], ['May 9', '2024-05-09']],
      ['past', '2024-04', '2024-04-01', '2024-05-09', 'month', 'from April to May 9', 'The bridge stayed shut'],
    ],
    [
      'a dash joins a day and its elliptical end: "Oct. 2-4"',
      'The chess open was played Oct. 2-4 in Riga.',
      '2024-11-01',
      [['Oct. 2', '2024-10-02'], ['4', '2024-10-04']],
      ['past', '2024-10-02', '2024-10-02', '2024-10-04', 'day', 'Oct. 2-4', 'The chess open was played in Riga'],
    ],
  ];
  it.each(cases)('%s', (_name, text, published, dates, expected) => {
    const timexes = dates.map(([words, value]) => timexOf(text, words, value));
    expect(buildEvents(text, timexes, published).map(row)).toEqual([expected]);
  });

  it('keeps a rescheduling as its own dates: "moved the vote from Tuesday to Friday" is no span', () => {
    const text = 'Senators moved the vote from Tuesday to Friday.';
    const events = buildEvents(text, [timexOf(text, 'Tuesday', '2024-05-14'), timexOf(text, 'Friday', '2024-05-17')], '2024-05-15');
    expect(events.map((e) => e.when.text)).toEqual(['Tuesday', 'Friday']);
  });

  it('does not join a span that would run backwards', () => {
    const a: Timex = { start: 5, end: 9, text: '2012', type: 'DATE', value: '2012' };
    const b: Timex = { start: 13, end: 17, text: '2009', type: 'DATE', value: '2009' };
    const text = 'from 2012 to 2009';
    expect(joinsRange(text, a, b)).toBe(true);
    expect(rangeMention(text, { timex: a, range: timexRange(a)! }, { timex: b, range: timexRange(b)! })).toBeNull();
  });
});

describe('spans end to end through extract()', () => {
  const cases: [string, string, string, unknown[]][] = [
    [
      '"from Tuesday to Thursday next week" in an article of Wednesday 2025-11-05 is one projected event 2025-11-11..13',
      'The tribunal sits from Tuesday to Thursday next week.',
      '2025-11-05',
      ['projected', '2025-11-11', '2025-11-11', '2025-11-13', 'day', 'from Tuesday to Thursday next week', 'The tribunal sits'],
    ],
    [
      '"Between 2016 and 2019" opening a sentence is one past event over four years',
      'Between 2016 and 2019 the charity tripled its staff.',
      '2025-11-05',
      ['past', '2016', '2016-01-01', '2019-12-31', 'year', 'Between 2016 and 2019', 'The charity tripled its staff'],
    ],
    [
      '"Aug. 28 to Sept. 3" in a projected sentence of 2025-11-05 is next summer\'s',
      'The folk festival will run Aug. 28 to Sept. 3.',
      '2025-11-05',
      ['projected', '2026-08-28', '2026-08-28', '2026-09-03', 'day', 'Aug. 28 to Sept. 3', 'The folk festival will run'],
    ],
    [
      '"Dec. 27 to Jan. 4" written in November rolls its end into January of the next year',
      'The skating rink will be open Dec. 27 to Jan. 4.',
      '2025-11-05',
      ['projected', '2025-12-27', '2025-12-27', '2026-01-04', 'day', 'Dec. 27 to Jan. 4', 'The skating rink will be open'],
    ],
    [
      'a past "from Thursday to Saturday" of a Wednesday article lies wholly before publication',
      'The ferry strike lasted from Thursday to Saturday.',
      '2025-11-05',
      ['past', '2025-10-30', '2025-10-30', '2025-11-01', 'day', 'from Thursday to Saturday', 'The ferry strike lasted'],
    ],
    [
      '"the 2021-22 season" is one event over both years',
      'The club was relegated in the 2021-22 season.',
      '2025-11-05',
      ['past', '2021', '2021-01-01', '2022-12-31', 'year', '2021-22', 'The club was relegated in the season'],
    ],
  ];
  it.each(cases)('%s', (_name, text, published, expected) => {
    const doc = extract(text, { title: null, published, url: null, publisher: null });
    expect(doc.events.map(row)).toEqual([expected]);
  });
});

describe('two dates given as alternatives', () => {
  it('make one event spanning both', () => {
    const text = 'In late 2019 or early 2020, the harbour board quietly sold the pier.';
    const a = text.indexOf('late 2019');
    const b = text.indexOf('early 2020');
    const events = buildEvents(text, [
      { start: a, end: a + 9, text: 'late 2019', type: 'DATE', value: '2019', mod: 'END' },
      { start: b, end: b + 10, text: 'early 2020', type: 'DATE', value: '2020', mod: 'START' },
    ], '2024-05-15');
    expect(events.map((e) => [e.when.start?.slice(0, 4), e.when.end?.slice(0, 4)])).toEqual([['2019', '2020']]);
  });

  // a forecast's "and/or": one possible happening over both days, both ahead, the label whole
  it('"Thursday and/or Friday" in a forecast of Tuesday 2025-03-11 is one event of both coming days', () => {
    const events = extract('Snow could close the mountain passes Thursday and/or Friday.', { title: '', published: '2025-03-11', url: null, publisher: null }).events;
    expect(events.map((e) => [e.status, e.when.start, e.when.end, e.when.text, e.label])).toEqual([
      ['projected', '2025-03-13', '2025-03-14', 'Thursday and/or Friday', 'Snow could close the mountain passes'],
    ]);
  });
});

describe('two decades told as one era', () => {
  it('make one event from the late 1970s into the early 1980s', () => {
    const text = 'In the late 1970s and early 1980s, the docks ran three shifts a day.';
    const a = text.indexOf('the late 1970s');
    const b = text.indexOf('early 1980s');
    const events = buildEvents(text, [
      { start: a, end: a + 14, text: 'the late 1970s', type: 'DATE', value: '197', mod: 'END' },
      { start: b, end: b + 11, text: 'early 1980s', type: 'DATE', value: '198', mod: 'START' },
    ], '2024-05-15');
    expect(events.length).toBe(1);
  });
});

describe('two running days or years joined by a bare "and" make one happening', () => {
  it('makes one event over Monday and Tuesday', () => {
    const text = 'Union leaders held talks with the port authority on Monday and Tuesday.';
    const events = buildEvents(text, [timexOf(text, 'Monday', '2024-05-13'), timexOf(text, 'Tuesday', '2024-05-14')], '2024-05-15');
    expect(events.map((e) => [e.when.start, e.when.end, e.when.text])).toEqual([['2024-05-13', '2024-05-14', 'Monday and Tuesday']]);
  });
  it('makes one event over 1846 and 1847', () => {
    const text = 'In 1846 and 1847, blight destroyed most of the potato crop.';
    const events = buildEvents(text, [timexOf(text, '1846', '1846'), timexOf(text, '1847', '1847')], '2024-05-15');
    expect(events.map((e) => [e.when.start, e.when.end])).toEqual([['1846-01-01', '1847-12-31']]);
  });
});

describe('running months make one happening, through a list and under a year written once', () => {
  it('makes one event over "in June, July and August"', () => {
    const text = 'Inspectors visited the dam in June, July and August and found no cracks.';
    const events = buildEvents(text, [timexOf(text, 'June', '2023-06'), timexOf(text, 'July', '2023-07'), timexOf(text, 'August', '2023-08')], '2024-05-15');
    expect(events.map((e) => [e.when.start, e.when.end, e.when.text])).toEqual([['2023-06-01', '2023-08-31', 'June, July and August']]);
  });
  it('puts a bare month in the year written after the next one ("in October and November of 2019")', () => {
    const text = 'Ferry traffic doubled in October and November of 2019, the port said.';
    const events = buildEvents(text, [timexOf(text, 'October', '2023-10'), timexOf(text, 'November of 2019', '2019-11')], '2024-05-15');
    expect(events.map((e) => [e.when.start, e.when.end])).toEqual([['2019-10-01', '2019-11-30']]);
  });
});

describe('a change told by its two ends, each with a figure and a date, is one change over the span', () => {
  it('makes one event from 2011 to 2019 for "from 4 percent in 2011 to 7 percent in 2019"', () => {
    const text = 'Vacancies in the city centre climbed from 4 percent in 2011 to 7 percent in 2019.';
    const events = buildEvents(text, [timexOf(text, '2011', '2011'), timexOf(text, '2019', '2019')], '2024-05-15');
    expect(events.map((e) => [e.when.start, e.when.end, e.label])).toEqual([['2011-01-01', '2019-12-31', 'Vacancies in the city centre climbed from 4 percent to 7 percent']]);
  });
});
