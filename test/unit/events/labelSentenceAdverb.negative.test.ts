// What the sentence-adverb rule must leave alone (label.ts).
import { describe, expect, it } from 'vitest';
import { makeLabel } from '../../../src/lib/events/label';

const labelOf = (text: string, date: string) => {
  const at = text.indexOf(date);
  return makeLabel(text, { start: 0, end: text.length }, [{ start: at, end: at + date.length }]);
};

describe('a name in -ly opening the sentence', () => {
  it('keeps a surname the article writes elsewhere as a name', () => {
    expect(labelOf('Donnelly, the club captain, scored twice on Saturday against the visitors, said coach Anna Donnelly.', 'on Saturday')).toMatch(/^Donnelly/);
  });
});

describe('an adverb that is the clause', () => {
  it('keeps an adverb not set off by a comma', () => {
    expect(labelOf('Eventually the council approved the plan on Monday.', 'on Monday')).toBe('Eventually the council approved the plan');
  });
});

describe('a hedge opening the clause', () => {
  it('keeps "Probably," which says how sure the claim is', () => {
    expect(labelOf('Probably, the ferry will resume its sailings in 2026.', 'in 2026')).toBe('Probably, the ferry will resume its sailings');
  });
});
