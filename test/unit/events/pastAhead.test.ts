// A month-named date told in a plain past is behind the day of writing: the tagger's date ahead of
// it is taken a year back.
import { describe, expect, it } from 'vitest';
import { pastAhead } from '../../../src/lib/events/pastAhead';
import { timexOf } from './helpers';

describe('a plain past of a month the tagger put ahead', () => {
  it('puts a fronted "In November," of an April story in last November', () => {
    const text = 'In November, the bakery lost its last wholesale contract.';
    const t = timexOf(text, 'November', '2024-11');
    expect(pastAhead(text, t, { start: '2024-11-01', end: '2024-11-30', granularity: 'month' }, '2024-04-10')).toEqual({ start: '2023-11-01', end: '2023-11-30', granularity: 'month' });
  });
  it('puts a day of a month a year back', () => {
    const text = 'On August 3, a storm tore the roof off the stand.';
    const t = timexOf(text, 'August 3', '2024-08-03');
    expect(pastAhead(text, t, { start: '2024-08-03', end: '2024-08-03', granularity: 'day' }, '2024-02-20')).toEqual({ start: '2023-08-03', end: '2023-08-03', granularity: 'day' });
  });
  it('keeps the days of "early February" a year back', () => {
    const text = 'Announced in early February, the scheme has yet to start.';
    const t = timexOf(text, 'early February', '2025-02');
    expect(pastAhead(text, t, { start: '2025-02-01', end: '2025-02-10', granularity: 'month' }, '2024-05-18')).toEqual({ start: '2024-02-01', end: '2024-02-10', granularity: 'month' });
  });
  it('ends a whole February on its own last day', () => {
    const text = 'In February, the bakery lost its last wholesale contract.';
    const t = timexOf(text, 'February', '2025-02');
    expect(pastAhead(text, t, { start: '2025-02-01', end: '2025-02-28', granularity: 'month' }, '2024-05-18')).toEqual({ start: '2024-02-01', end: '2024-02-29', granularity: 'month' });
  });
});
