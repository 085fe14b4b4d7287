// What the relative-after-a-clause and particle rules must leave alone.
import { describe, expect, it } from 'vitest';
import { makeLabel } from '../../../src/lib/events/label';
import { buildEvents } from '../../../src/lib/events';
import { timexOf } from './helpers';

const labelsOf = (text: string, words: string, value: string) => buildEvents(text, [timexOf(text, words, value)], '2024-05-15').map((e) => e.label);

describe('a relative clause after a plain subject', () => {
  it('still joins the subject to the relative clause', () => {
    expect(labelsOf('The ferry operator, which cut sailings on Monday, blamed the storm.', 'Monday', '2024-05-13')).toEqual(['The ferry operator cut sailings']);
  });
});

describe('a preposition before a dated phrase', () => {
  it('still goes with "on Monday"', () => {
    const text = 'The new judges were sworn in on Monday at the state capitol.';
    expect(makeLabel(text, { start: 0, end: text.length }, [{ start: text.indexOf('Monday'), end: text.indexOf('Monday') + 6 }])).toBe('The new judges were sworn in at the state capitol');
  });
  it('still goes with "until tomorrow"', () => {
    const text = 'The museum stays shut until tomorrow for repairs.';
    expect(makeLabel(text, { start: 0, end: text.length }, [{ start: text.indexOf('tomorrow'), end: text.indexOf('tomorrow') + 8 }])).toBe('The museum stays shut for repairs');
  });
});

describe('a relative clause after a clause with no name or copula to take', () => {
  it('keeps the noun before "which" when the clause before it ends on no name', () => {
    expect(labelsOf('The firm said that before the leak, which was found in March, its systems were sound.', 'March', '2024-03')).toEqual(['The leak was found']);
  });
});
