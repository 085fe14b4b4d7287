// What the span's bare first bound must not take: an "early" or "late" of the clause's own.
import { describe, expect, it } from 'vitest';
import { makeLabel } from '../../../src/lib/events/label';

function label(text: string, date: string): string {
  const at = text.indexOf(date);
  return makeLabel(text, { start: 0, end: text.length }, [{ start: at, end: at + date.length }]);
}

describe('an "early" or "late" that is no span’s bound', () => {
  it('keeps a verb’s own "early"', () => {
    expect(label('The ferry left early and returned on Sunday.', 'Sunday')).toBe('The ferry left early and returned');
  });
  it('keeps a clause that ends on "late"', () => {
    expect(label('The trains ran late or not at all on Monday.', 'Monday')).toBe('The trains ran late or not at all');
  });
});
