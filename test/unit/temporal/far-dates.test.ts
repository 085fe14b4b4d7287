// Publication dates at the calendar's two ends (0001 and 9999): every day the date field
// accepts must extract without a crash, and no date may be written outside 0001..9999.
import { describe, expect, it } from 'vitest';
import { extract } from '../../../src/lib/extract';
import { valueInCalendar } from '../../../src/lib/temporal/bounds';
import { addDays, formatDay, monthLength, toEpochDay, weekday } from '../../../src/lib/temporal/calendar';
import { referenceDate, parsePublished } from '../../../src/lib/temporal/reference';
import { timexRange } from '../../../src/lib/temporal/range';
import { dayNumber, dayString } from '../../../src/lib/layout/days';

const article = (published: string) => ({ title: null, url: null, publisher: null, published });
const run = (text: string, published: string) => extract(text, article(published));
const FOUR_DIGIT = /^\d{4}-\d{2}-\d{2}$/;

const SENTENCES = [
  'between March and May officials met',
  'between March and May officials will meet',
  'from December to February the talks will run',
  'from Dec. 30 to Jan. 2 they will meet',
  'They met last week and will meet next year.',
  'The summit is in March next year, after drills in the third quarter of next year.',
  'It happened 10 years ago and will happen again in 5 years.',
  'He said on March 3-5 that the next century would start.',
  'They met on Monday and will meet on Friday, two days later.',
  'Tuesday until Easter',
  'Monday to Q3',
  'It rose by the same day last year.',
];
const FAR = ['0001-01-01', '0001-06-01', '0001-12-31', '9999-01-01', '9999-06-01', '9999-12-31', '9999-12-31T23:59'];

describe('a publication date at the end of the calendar', () => {
  it('reads "between March and May officials met" published 9999-06-01 as March to May 9999', () => {
    const doc = run('between March and May officials met', '9999-06-01');
    expect(doc.timexes.map((t) => [t.text, t.value])).toEqual([['March', '9999-03'], ['May', '9999-05']]);
    expect(doc.events.map((e) => [e.status, e.when.start, e.when.end])).toEqual([['past', '9999-03-01', '9999-05-31']]);
  });

  it('leaves untagged a date that would fall after 9999 ("next year" from 9999)', () => {
    const doc = run('Officials will meet again in March next year.', '9999-06-01');
    expect(doc.timexes).toEqual([]);
    expect(doc.events.map((e) => [e.status, e.when.start])).toEqual([['projected', null]]);
  });

  it('places no span from an end past 9999 ("Tuesday until Easter" from 9999-06-01)', () => {
    expect(run('Tuesday until Easter', '9999-06-01').timexes).toEqual([]);
  });

  it('drops a past span that would fall before year 1 instead of writing year 0', () => {
    expect(run('between March and May officials met', '0001-01-01').timexes).toEqual([]);
  });

  it('writes every year with four digits: "Q3" read from 0001-01-01 is 0001-Q3, not 1-Q3', () => {
    expect(run('Monday to Q3', '0001-01-01').timexes.map((t) => t.value)).toEqual(['0001-06-25', '0001-Q3']);
    expect(run('They will meet next summer, a decade later and in the next quarter.', '0005-06-01').timexes.map((t) => t.value)).toEqual(['0006-SU', '0015', '0005-Q3']);
  });

  for (const published of FAR) {
    it(`extracts every sentence published ${published} with dates inside 0001..9999`, () => {
      for (const text of SENTENCES) {
        const doc = run(text, published);
        for (const t of doc.timexes) {
          expect(valueInCalendar(t.type, t.value), `${text}: ${t.value}`).toBe(true);
          expect(0 <= t.start && t.start < t.end && t.end <= text.length).toBe(true);
        }
        for (const e of doc.events) {
          for (const day of [e.when.start, e.when.end]) if (day !== null) expect(day, text).toMatch(FOUR_DIGIT);
        }
      }
    });
  }
});

describe('calendar arithmetic in years 1 to 99', () => {
  it('keeps year 1 as year 1 (Date.UTC would read it as 1901)', () => {
    expect(formatDay(addDays({ year: 1, month: 1, day: 1 }, 31))).toBe('0001-02-01');
    expect(toEpochDay({ year: 1, month: 1, day: 1 })).toBe(-719162);
    expect(dayString(dayNumber('0001-01-01'))).toBe('0001-01-01');
  });
  it('knows that 0004 is a leap year and 0100 is not', () => {
    expect(monthLength(4, 2)).toBe(29);
    expect(monthLength(100, 2)).toBe(28);
  });
  it('knows that 0001-01-01 was a Monday in the proleptic Gregorian calendar', () => {
    expect(weekday({ year: 1, month: 1, day: 1 })).toBe(1);
  });
  it('gives chrono a reference in year 1, not 1901', () => {
    expect(referenceDate(parsePublished('0001-06-01')!).getFullYear()).toBe(1);
  });
  it('ranges a week of year 1 in year 1', () => {
    expect(timexRange({ type: 'DATE', value: '0001-W01' })).toEqual({ start: '0001-01-01', end: '0001-01-07', granularity: 'week' });
  });
});

describe('valueInCalendar', () => {
  const cases: [string, string, boolean][] = [
    ['DATE', '9999-12', true],
    ['DATE', '10000-03', false],
    ['DATE', '0000-05', false],
    ['DATE', '-9', false],
    ['DATE', '000', false], // the decade of years 0-9
    ['DATE', '0001-W01', true],
    ['DATE', '1-Q3', false],
    ['DATE', '00-5', false],
    ['DATE', 'PRESENT_REF', true],
    ['DURATION', 'P5Y', true],
    ['TIME', '9999-12-31T23:59', true],
  ];
  for (const [type, value, expected] of cases) it(`${type} ${value} is ${expected ? 'inside' : 'outside'} the calendar`, () => expect(valueInCalendar(type, value)).toBe(expected));
});
