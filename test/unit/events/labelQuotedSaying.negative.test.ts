// What "quoted X as saying" must not take: a quoting that is the news (no saying after it), or a
// "quoted" price.
import { describe, expect, it } from 'vitest';
import { makeLabel } from '../../../src/lib/events/label';

function label(text: string, date: string): string {
  const at = text.indexOf(date);
  return makeLabel(text, { start: 0, end: text.length }, [{ start: at, end: at + date.length }]);
}

describe('"quoted" with no "as saying"', () => {
  it('keeps a paper quoting someone at length', () => {
    expect(label('The Herald quoted the bishop at length on Monday.', 'Monday')).toBe('The Herald quoted the bishop at length');
  });
  it('keeps a quoted price', () => {
    expect(label('Dealers quoted the rand at 18.2 to the dollar on Friday.', 'Friday')).toBe('Dealers quoted the rand at 18.2 to the dollar');
  });
  it('keeps "until" before a date with no degree word', () => {
    expect(label('The clinic stayed open until a week ago.', 'a week ago')).toBe('The clinic stayed open');
  });
});
