import { describe, expect, it } from 'vitest';
import { timexRange } from '../../../src/lib/temporal/index';

const cases: [string, { type: string; value: string; mod?: string }, ReturnType<typeof timexRange>][] = [
  ['a day value covers that day', { type: 'DATE', value: '2025-11-04' }, { start: '2025-11-04', end: '2025-11-04', granularity: 'day' }],
  ['2025-W44 is the ISO week Monday 2025-10-27 to Sunday 2025-11-02', { type: 'DATE', value: '2025-W44' }, { start: '2025-10-27', end: '2025-11-02', granularity: 'week' }],
  ['2025-W44-WE is that week\'s Saturday and Sunday', { type: 'DATE', value: '2025-W44-WE' }, { start: '2025-11-01', end: '2025-11-02', granularity: 'weekend' }],
  ['ISO week 1 of 2026 starts in December 2025', { type: 'DATE', value: '2026-W01' }, { start: '2025-12-29', end: '2026-01-04', granularity: 'week' }],
  ['2026-03 is the whole of March 2026', { type: 'DATE', value: '2026-03' }, { start: '2026-03-01', end: '2026-03-31', granularity: 'month' }],
  ['February of a leap year has 29 days', { type: 'DATE', value: '2024-02' }, { start: '2024-02-01', end: '2024-02-29', granularity: 'month' }],
  ['summer is June to August (meteorological)', { type: 'DATE', value: '2025-SU' }, { start: '2025-06-01', end: '2025-08-31', granularity: 'season' }],
  ['winter 2025 runs from December 2025 into February 2026', { type: 'DATE', value: '2025-WI' }, { start: '2025-12-01', end: '2026-02-28', granularity: 'season' }],
  ['the third quarter is July to September', { type: 'DATE', value: '2025-Q3' }, { start: '2025-07-01', end: '2025-09-30', granularity: 'quarter' }],
  ['the first half is January to June', { type: 'DATE', value: '2025-H1' }, { start: '2025-01-01', end: '2025-06-30', granularity: 'half' }],
  ['a year value covers the calendar year', { type: 'DATE', value: '2008' }, { start: '2008-01-01', end: '2008-12-31', granularity: 'year' }],
  ['199 is the 1990s', { type: 'DATE', value: '199' }, { start: '1990-01-01', end: '1999-12-31', granularity: 'decade' }],
  ['19 is the 1900s', { type: 'DATE', value: '19' }, { start: '1900-01-01', end: '1999-12-31', granularity: 'century' }],
  ['a TIME value covers its day', { type: 'TIME', value: '2025-11-04T14:00' }, { start: '2025-11-04', end: '2025-11-04', granularity: 'day' }],
  ['a part-of-day TIME covers its day', { type: 'TIME', value: '2025-11-05TMO' }, { start: '2025-11-05', end: '2025-11-05', granularity: 'day' }],
  ["mod START keeps a year's first four months", { type: 'DATE', value: '2026', mod: 'START' }, { start: '2026-01-01', end: '2026-04-30', granularity: 'year' }],
  ["mod MID keeps a year's middle four months", { type: 'DATE', value: '1994', mod: 'MID' }, { start: '1994-05-01', end: '1994-08-31', granularity: 'year' }],
  ["mod END keeps a year's last four months", { type: 'DATE', value: '2013', mod: 'END' }, { start: '2013-09-01', end: '2013-12-31', granularity: 'year' }],
  ['mod END keeps a month from its 21st', { type: 'DATE', value: '2025-11', mod: 'END' }, { start: '2025-11-21', end: '2025-11-30', granularity: 'month' }],
  ['mod END of a February keeps the 21st to its last day', { type: 'DATE', value: '2028-02', mod: 'END' }, { start: '2028-02-21', end: '2028-02-29', granularity: 'month' }],
  ["mod MID keeps a month's 10th to 20th", { type: 'DATE', value: '2025-03', mod: 'MID' }, { start: '2025-03-10', end: '2025-03-20', granularity: 'month' }],
  ["mod START keeps a month's first ten days", { type: 'DATE', value: '2031-07', mod: 'START' }, { start: '2031-07-01', end: '2031-07-10', granularity: 'month' }],
  ['mod END of a quarter keeps its last month', { type: 'DATE', value: '2019-Q2', mod: 'END' }, { start: '2019-06-01', end: '2019-06-30', granularity: 'quarter' }],
  ['mod MID of a half keeps its third and fourth months', { type: 'DATE', value: '2019-H2', mod: 'MID' }, { start: '2019-09-01', end: '2019-10-31', granularity: 'half' }],
  ['mod START of a decade keeps its first four years', { type: 'DATE', value: '196', mod: 'START' }, { start: '1960-01-01', end: '1963-12-31', granularity: 'decade' }],
  ['mod MID of a decade keeps its 4th to 6th years', { type: 'DATE', value: '195', mod: 'MID' }, { start: '1954-01-01', end: '1956-12-31', granularity: 'decade' }],
  ['mod END of a decade keeps its last three years', { type: 'DATE', value: '188', mod: 'END' }, { start: '1887-01-01', end: '1889-12-31', granularity: 'decade' }],
  ['mod END of a week keeps its last third of days', { type: 'DATE', value: '2025-W44', mod: 'END' }, { start: '2025-11-01', end: '2025-11-02', granularity: 'week' }],
  ['PRESENT_REF has no range', { type: 'DATE', value: 'PRESENT_REF' }, null],
  ['FUTURE_REF has no range', { type: 'DATE', value: 'FUTURE_REF' }, null],
  ['a duration has no range', { type: 'DURATION', value: 'P3M' }, null],
  ['a set has no range', { type: 'SET', value: 'P1W' }, null],
  ['an unknown value has no range', { type: 'DATE', value: 'XXXX-XX-XX' }, null],
];

describe('timexRange', () => {
  it.each(cases)('%s', (_name, timex, expected) => {
    expect(timexRange(timex)).toEqual(expected);
  });
});
