import { describe, expect, it } from 'vitest';
import type { EventWhen, Granularity } from '../../../src/lib/document';
import { moveWhen, snapSteps } from '../../../src/lib/edits';

const when = (start: string, end: string, granularity: Granularity | null): EventWhen =>
  ({ timex: 'X', start, end, granularity, text: 'words', mod: 'APPROX' });

describe('moveWhen', () => {
  it.each([
    [when('2025-11-04', '2025-11-04', 'day'), 1, '2025-11-05', '2025-11-05'],
    [when('2025-10-27', '2025-11-02', 'week'), -1, '2025-10-20', '2025-10-26'],
    [when('2025-11-01', '2025-11-02', 'weekend'), 1, '2025-11-08', '2025-11-09'],
    [when('2026-03-01', '2026-03-31', 'month'), -1, '2026-02-01', '2026-02-28'],
    [when('2024-01-01', '2024-01-31', 'month'), 1, '2024-02-01', '2024-02-29'],
    [when('2025-06-01', '2025-08-31', 'season'), 1, '2025-09-01', '2025-11-30'],
    [when('2025-07-01', '2025-09-30', 'quarter'), 2, '2026-01-01', '2026-03-31'],
    [when('2025-01-01', '2025-12-31', 'year'), -1, '2024-01-01', '2024-12-31'],
    [when('1990-01-01', '1999-12-31', 'decade'), 1, '2000-01-01', '2009-12-31'],
    [when('2025-10-20', '2025-10-22', null), 3, '2025-10-23', '2025-10-25'],
  ])('moves %j by %i steps to %s .. %s', (w, steps, start, end) => {
    expect(moveWhen(w, steps)).toEqual({ timex: null, start, end, granularity: w.granularity, text: 'words' });
  });

  it('leaves an undated event where it is', () => {
    const undated = when('x', 'y', null);
    undated.start = null;
    undated.end = null;
    expect(moveWhen(undated, 2)).toBe(undated);
  });
});

describe('snapSteps', () => {
  it.each([
    ['day', 2.4, 2],
    ['week', 10, 1],
    ['week', 2, 0],
    ['month', -40, -1],
    ['year', 200, 1],
  ] as const)('snaps a %s dragged %d days to %i steps', (granularity, days, steps) => {
    expect(snapSteps(when('2025-01-01', '2025-01-01', granularity), days)).toBe(steps);
  });
});
