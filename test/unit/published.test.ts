import { describe, expect, it } from 'vitest';
import { parsePublished } from '../../src/lib/temporal/reference';

describe('parsePublished', () => {
  it('reads a calendar day', () => {
    expect(parsePublished('2025-11-05')).toMatchObject({ year: 2025, month: 11, day: 5, hasTime: false });
  });
  it('reads a day with a time of day', () => {
    expect(parsePublished('2025-11-05T14:30')).toMatchObject({ hour: 14, minute: 30, second: 0, hasTime: true });
  });
  it('rejects a day that does not exist', () => {
    expect(parsePublished('2025-02-30')).toBeNull();
    expect(parsePublished('2025-13-01')).toBeNull();
  });
  it('rejects anything that is not ISO', () => {
    expect(parsePublished('5 November 2025')).toBeNull();
    expect(parsePublished('')).toBeNull();
  });
});
