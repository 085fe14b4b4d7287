// An opening that does end at its comma still goes, whatever follows it.
import { describe, expect, it } from 'vitest';
import { makeLabel } from '../../../src/lib/events/label';

function label(text: string, date: string): string {
  const at = text.indexOf(date);
  return makeLabel(text, { start: 0, end: text.length }, [{ start: at, end: at + date.length }]);
}

describe('an opening phrase with its own comma still goes', () => {
  it('drops a fronted phrase before a participle that opens a clause of its own', () => {
    expect(label('On Monday, speaking to farmers in Leeds, the minister promised new subsidies.', 'On Monday')).toBe('The minister promised new subsidies');
  });
  it('drops a subordinate clause before a main clause', () => {
    expect(label('After the council met on Thursday, the mayor closed the market.', 'on Thursday')).toBe('The mayor closed the market');
  });
});
