// A writer's comment on the sentence set off by its comma ("Sadly, ...", "For example, ...") is
// no part of the news; and an article left before a vowel that sounds as a consonant ("a
// one-day strike") stays "a" (label.ts).
import { describe, expect, it } from 'vitest';
import { makeLabel } from '../../../src/lib/events/label';

const labelOf = (text: string, date: string) => {
  const at = text.indexOf(date);
  return makeLabel(text, { start: 0, end: text.length }, [{ start: at, end: at + date.length }]);
};

describe('a sentence adverb opening the clause', () => {
  it('drops a comment in -ly', () => {
    expect(labelOf('Regrettably, the harbour board closed the slipway on Tuesday.', 'on Tuesday')).toBe('The harbour board closed the slipway');
  });
  it('drops "For example"', () => {
    expect(labelOf('For example, Ghana raised its fuel duty in 2019.', 'in 2019')).toBe('Ghana raised its fuel duty');
  });
  it('drops "Overall"', () => {
    expect(labelOf('Overall, the league lost four clubs in 2008.', 'in 2008')).toBe('The league lost four clubs');
  });
});

describe('an article before a dropped date', () => {
  it('stays "a" before "one-"', () => {
    expect(labelOf('The striker signed a 2025 one-year extension.', '2025')).toBe('The striker signed a one-year extension');
  });
});
