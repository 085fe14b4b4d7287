// What the dropping of long asides must not do: join a clause to the verb of another one.
import { describe, expect, it } from 'vitest';
import { makeLabel } from '../../../src/lib/events/label';

function label(text: string, date: string): string {
  const at = text.indexOf(date);
  return makeLabel(text, { start: 0, end: text.length }, [{ start: at, end: at + date.length }]);
}

describe('long asides are dropped only after a subject', () => {
  it('keeps a clause with its own verb from taking the verb of the next one', () => {
    const text = 'After school, Ama moved to Accra in 2019, where she sold maps and, for the most part, was told to go home.';
    expect(label(text, '2019')).not.toContain('Accra was told');
  });
  it('keeps a doing that is the subject of its own verb, which sets no scene', () => {
    expect(label('Pressing the button will let riders call a driver from Friday, minus paying by card.', 'Friday')).not.toMatch(/^Minus/);
  });
  it('keeps a short label’s aside, which costs no room', () => {
    expect(label('The mill, idle for years, was sold on Monday.', 'Monday')).toBe('The mill, idle for years, was sold');
  });
});
