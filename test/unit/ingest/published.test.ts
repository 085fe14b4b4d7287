import { describe, expect, it } from 'vitest';
import { normalisePublished } from '../../../src/lib/ingest/meta/published';

describe('normalisePublished', () => {
  it.each([
    ['2025-11-05', '2025-11-05'],
    ['2025-11-05T09:30:00+09:00', '2025-11-05T09:30:00'],
    ['2025-11-05T23:59:59.123Z', '2025-11-05T23:59:59'],
    ['2025-11-05 09:30', '2025-11-05T09:30'],
    ['2025/11/5', '2025-11-05'],
    ['November 5, 2025', '2025-11-05'],
    ['Wednesday, Nov. 5, 2025', '2025-11-05'],
    ['5 November 2025', '2025-11-05'],
    ['Sept. 30, 2024 at 5 p.m.', '2024-09-30'],
  ])('reads %j as %s, keeping the wall-clock time as written', (raw, expected) => {
    expect(normalisePublished(raw)).toBe(expected);
  });

  it.each(['', 'yesterday', '2025-02-30', '2025-13-01', 'Smarch 5, 2025', '12/11/2025'])('rejects %j', (raw) => {
    expect(normalisePublished(raw)).toBeNull();
  });
});

describe('a publication date at the calendar ends', () => {
  it('keeps four-digit years below 1000 and up to 9999', () => {
    expect(normalisePublished('0001-01-01')).toBe('0001-01-01');
    expect(normalisePublished('0999-12-31T23:59')).toBe('0999-12-31T23:59');
    expect(normalisePublished('9999-06-01')).toBe('9999-06-01');
  });
});
