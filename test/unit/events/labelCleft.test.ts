// A cleft ("It was X that did Y") sets its subject apart for emphasis; the label tells it plainly
// (label.ts).
import { describe, expect, it } from 'vitest';
import { makeLabel } from '../../../src/lib/events/label';

function label(text: string, date: string): string {
  const at = text.indexOf(date);
  return makeLabel(text, { start: 0, end: text.length }, [{ start: at, end: at + date.length }]);
}

describe('a cleft on the subject reads as a plain sentence', () => {
  it('"It was the X which ..." keeps X doing what follows', () => {
    expect(label('It was the collapse of the herring catch in 1977 which pushed the council to close the cannery.', 'in 1977')).toMatch(/^The collapse of the herring catch pushed the council\b/);
  });

  it('"It is this X that ..." keeps X as the subject', () => {
    expect(label('It is this drought that emptied the reservoirs in 2019.', 'in 2019')).toBe('This drought emptied the reservoirs');
  });

  it('a scene set by a date and joined by "and" gives way to the clause after it', () => {
    expect(label('It was May 1998 and Private Ana Ruiz was back from a tour of the border.', 'May 1998')).toBe('Private Ana Ruiz was back from a tour of the border');
  });
});

describe('a cleft on a name reads as a plain sentence', () => {
  it('"It was NAME who ..." keeps the name doing what follows', () => {
    expect(label('It was Ines Marr who got the rally going on Monday with a late goal.', 'on Monday')).toBe('Ines Marr got the rally going with a late goal');
  });
});
