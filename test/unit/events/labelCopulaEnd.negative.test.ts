// A copula that closes a clause of its own stays, and so does one with no date dropped.
import { describe, expect, it } from 'vitest';
import { makeLabel } from '../../../src/lib/events/label';

function label(text: string, date: string): string {
  const at = text.indexOf(date);
  return makeLabel(text, { start: 0, end: text.length }, [{ start: at, end: at + date.length }]);
}

describe('a copula inside a clause of its own stays', () => {
  it('keeps "what it was"', () => {
    expect(label('Rents are now double what they were in 2012.', 'in 2012')).toMatch(/what they were$/);
  });
  it('keeps "most of which are"', () => {
    expect(label('The depot holds old buses, most of which are from the 1970s.', 'the 1970s')).toMatch(/which are$|which$/);
  });
  it('leaves a label with no date dropped as it is', () => {
    expect(makeLabel('Nobody knew how cold the winter was', { start: 0, end: 36 }, [])).toBe('Nobody knew how cold the winter was');
  });
});
