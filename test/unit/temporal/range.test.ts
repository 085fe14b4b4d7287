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
  ['mod START keeps the first third of a year', { type: 'DATE', value: '2026', mod: 'START' }, { start: '2026-01-01', end: '2026-05-01', granularity: 'year' }],
  ['mod END keeps the last third of a month', { type: 'DATE', value: '2025-11', mod: 'END' }, { start: '2025-11-21', end: '2025-11-30', granularity: 'month' }],
  ['mod MID keeps the middle third of a month', { type: 'DATE', value: '2025-03', mod: 'MID' }, { start: '2025-03-11', end: '2025-03-21', granularity: 'month' }],
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
