import { describe, expect, it } from 'vitest';
import { splitPieces } from '../../../src/lib/temporal/sentences';
import { formatIsoWeek, isoWeek, mondayOfIsoWeek, weekday } from '../../../src/lib/temporal/calendar';

const texts = (text: string) => splitPieces(text).map((p) => text.slice(p.start, p.end).trim());

describe('splitPieces', () => {
  it('cuts at sentence ends and line breaks', () => {
    expect(texts('Prices rose. Wages fell!\nRents held.')).toEqual(['Prices rose.', 'Wages fell!', 'Rents held.']);
  });

  it('does not cut after "p.m.", "U.S." or "Mr."', () => {
    expect(texts('It began at 3 p.m. Monday in the U.S. Senate with Mr. Moon.')).toEqual(['It began at 3 p.m. Monday in the U.S. Senate with Mr. Moon.']);
  });

  it('leaves out runs of 40 or more characters without a space', () => {
    expect(texts(`Code ${'x'.repeat(50)} ends.`)).toEqual(['Code', 'ends.']);
  });

  it('cuts a long text without punctuation into bounded pieces', () => {
    const pieces = splitPieces('word '.repeat(2000));
    expect(pieces.length).toBeGreaterThan(5);
    for (const p of pieces) expect(p.end - p.start).toBeLessThanOrEqual(1000);
  });
});

describe('calendar', () => {
  it('2025-11-05 is a Wednesday in ISO week 45', () => {
    expect(weekday({ year: 2025, month: 11, day: 5 })).toBe(3);
    expect(isoWeek({ year: 2025, month: 11, day: 5 })).toEqual({ year: 2025, week: 45 });
  });

  it('2021-01-01 belongs to ISO week 53 of 2020', () => {
    expect(formatIsoWeek({ year: 2021, month: 1, day: 1 })).toBe('2020-W53');
  });

  it('ISO week 1 of 2026 starts on Monday 2025-12-29', () => {
    expect(mondayOfIsoWeek(2026, 1)).toEqual({ year: 2025, month: 12, day: 29 });
  });
});
