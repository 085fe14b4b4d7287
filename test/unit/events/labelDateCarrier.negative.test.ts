// A day that is the subject of its own verb, or that "saw" a pronoun, stays the label's subject
// (label.ts).
import { describe, expect, it } from 'vitest';
import { makeLabel } from '../../../src/lib/events/label';

function label(text: string, date: string): string {
  const at = text.indexOf(date);
  return makeLabel(text, { start: 0, end: text.length }, [{ start: at, end: at + date.length }]);
}

describe('a day that is the subject of its own verb keeps it', () => {
  it('"<day> began with ..." keeps the day', () => {
    expect(label('The long weekend began with a blackout across the valley.', 'The long weekend')).toBe('The long weekend began with a blackout across the valley');
  });

  it('"<day> saw him ..." keeps the day rather than open on "him"', () => {
    expect(label('Saturday saw her win the final in straight sets.', 'Saturday')).toMatch(/^Saturday saw her win the final/);
  });

  it('"<day> marked X" with no clause after it keeps the day', () => {
    expect(label('Monday marked the tenth anniversary of the flood.', 'Monday')).toBe('Monday marked the tenth anniversary of the flood');
  });

  it('"<day> saw X doing ..." keeps the day: a participle leaves no clause', () => {
    expect(label('Monday saw the coach giving hints to reporters that the striker may leave.', 'Monday')).toMatch(/^Monday saw the coach giving hints/);
  });
});
