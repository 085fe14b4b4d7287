// A date that was the complement of "is"/"was" leaves its subject, which names the happening;
// the copula goes with the date (label.ts).
import { describe, expect, it } from 'vitest';
import { makeLabel } from '../../../src/lib/events/label';

function label(text: string, date: string): string {
  const at = text.indexOf(date);
  return makeLabel(text, { start: 0, end: text.length }, [{ start: at, end: at + date.length }]);
}

describe('a copula whose complement was the date goes with it', () => {
  it('drops "is" before a deadline’s day', () => {
    expect(label('The closing date for entries is March 3.', 'March 3')).toBe('The closing date for entries');
  });
  it('drops "was" before a time', () => {
    expect(label('The first aftershock was at 4:10 a.m.', 'at 4:10 a.m.')).toBe('The first aftershock');
  });
  it('drops "is expected to be" before a day', () => {
    expect(label('The final vote on the budget is expected to be Thursday.', 'Thursday')).toBe('The final vote on the budget');
  });
});
