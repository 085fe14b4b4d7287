// What "So far," must not change: a "so" that joins a clause still goes, and "so far" inside a
// clause stays in it.
import { describe, expect, it } from 'vitest';
import { makeLabel } from '../../../src/lib/events/label';

function label(text: string, date: string): string {
  const at = text.indexOf(date);
  return makeLabel(text, { start: 0, end: text.length }, [{ start: at, end: at + date.length }]);
}

describe('"so" that is no "So far,"', () => {
  it('a joining "So" still leaves the label', () => {
    expect(label('So the council closed the pool on Friday.', 'Friday')).toBe('The council closed the pool');
  });
  it('"so far" inside the clause stays', () => {
    expect(label('The fund has raised $2m so far this year.', 'this year')).toBe('The fund has raised $2m so far');
  });
  it('a saying that is not denied still attributes', () => {
    expect(label('The league said the July 4 fixtures will be played behind closed doors.', 'July 4')).toBe('The fixtures will be played behind closed doors');
  });

  it('a denied thinking still frames what follows', () => {
    expect(label('I don’t think the pool will reopen on Friday.', 'Friday')).toBe('The pool will reopen');
  });
});
