// What must NOT be joined into one event: two dates of two happenings ("in June and in September").
import { describe, expect, it } from 'vitest';
import { buildEvents } from '../../../src/lib/events';
import { timexOf } from './helpers';

describe('two dates joined by "and" stay two events', () => {
  it('keeps June and September apart', () => {
    const text = 'The ferry line raised its fares in June and in September.';
    const a = text.indexOf('June');
    const b = text.indexOf('September');
    const events = buildEvents(text, [
      { start: a, end: a + 4, text: 'June', type: 'DATE', value: '2023-06' },
      { start: b, end: b + 9, text: 'September', type: 'DATE', value: '2023-09' },
    ], '2024-05-15');
    expect(events.length).toBe(2);
  });
});

describe('two years joined by "and" stay two events', () => {
  it('keeps 2018 and 2019 apart, each its own year', () => {
    const text = 'The board expects three fare rises in both 2018 and 2019.';
    const a = text.indexOf('2018');
    const b = text.indexOf('2019');
    const events = buildEvents(text, [
      { start: a, end: a + 4, text: '2018', type: 'DATE', value: '2018' },
      { start: b, end: b + 4, text: '2019', type: 'DATE', value: '2019' },
    ], '2017-05-15');
    expect(events.length).toBe(2);
  });
});

describe('two days apart, or told as two, stay two events', () => {
  const count = (text: string, a: [string, string], b: [string, string]) => buildEvents(text, [timexOf(text, ...a), timexOf(text, ...b)], '2024-05-15').length;
  it('keeps Monday and Thursday apart', () => {
    expect(count('The library opens late on Monday and Thursday this week.', ['Monday', '2024-05-13'], ['Thursday', '2024-05-16'])).toBe(2);
  });
  it('keeps "on Monday and on Tuesday" apart', () => {
    expect(count('The night bus ran late on Monday and on Tuesday.', ['Monday', '2024-05-13'], ['Tuesday', '2024-05-14'])).toBe(2);
  });
});

describe('two figures with dates that are not one change’s ends stay two events', () => {
  it('keeps a level and a later forecast apart', () => {
    expect(buildEvents('Turnout was 61 percent in 2016 and will reach 70 percent in 2024.', [timexOf('Turnout was 61 percent in 2016 and will reach 70 percent in 2024.', '2016', '2016'), timexOf('Turnout was 61 percent in 2016 and will reach 70 percent in 2024.', '2024', '2024')], '2023-05-15').length).toBe(2);
  });
});

describe('months that do not run on stay apart', () => {
  it('keeps "in January and April" as two events', () => {
    const text = 'The school closed for repairs in January and April.';
    const events = buildEvents(text, [timexOf(text, 'January', '2024-01'), timexOf(text, 'April', '2024-04')], '2024-05-15');
    expect(events.map((e) => [e.when.start, e.when.end])).toEqual([['2024-01-01', '2024-01-31'], ['2024-04-01', '2024-04-30']]);
  });
  it('keeps "in both May and June" as two events', () => {
    const text = 'The ferry ran late in both May and June of 2022.';
    const events = buildEvents(text, [timexOf(text, 'May', '2022-05'), timexOf(text, 'June of 2022', '2022-06')], '2024-05-15');
    expect(events).toHaveLength(2);
  });
});
