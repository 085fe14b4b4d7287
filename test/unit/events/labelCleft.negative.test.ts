import { describe, expect, it } from 'vitest';
import { makeLabel } from '../../../src/lib/events/label';

function label(text: string, date: string): string {
  const at = text.indexOf(date);
  return makeLabel(text, { start: 0, end: text.length }, [{ start: at, end: at + date.length }]);
}

describe('a cleft that does not set a subject apart is left as it is', () => {
  it('a cleft on an object ("that its board approved") keeps its frame', () => {
    expect(label('It was the merger plan that its board approved in 2004.', 'in 2004')).toMatch(/^It was the merger plan/);
  });

  it('"It was the X" with no "that" clause is a plain copula', () => {
    expect(label('It was the wettest summer for the valley in 2012.', 'in 2012')).toMatch(/^It was the wettest summer/);
  });
});

describe('a cleft on a name with an object set apart', () => {
  it('is left alone when no verb follows "that"', () => {
    expect(label('It was Ines Marr that the board picked on Monday.', 'on Monday')).not.toMatch(/^Ines Marr the board/);
  });
});
