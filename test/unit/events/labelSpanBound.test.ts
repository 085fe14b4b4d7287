// A span's first bound written as a bare "early" or "late" before the tagged date ("in the early
// to mid-1990s", "early or mid-June") is the date's; it leaves the label with it (label.ts,
// DATE_PREPOSITION).
import { describe, expect, it } from 'vitest';
import { makeLabel } from '../../../src/lib/events/label';

function label(text: string, date: string): string {
  const at = text.indexOf(date);
  return makeLabel(text, { start: 0, end: text.length }, [{ start: at, end: at + date.length }]);
}

describe('a bare "early" or "late" that opens a span', () => {
  it('goes with "in the" before it', () => {
    expect(label('The port was closed by strikes in the early to mid-1990s.', 'mid-1990s')).toBe('The port was closed by strikes');
  });
  it('goes with "or"', () => {
    expect(label('The two sides will sign the accord late or mid-June in Geneva.', 'mid-June')).toBe('The two sides will sign the accord in Geneva');
  });
});
