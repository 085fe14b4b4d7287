// Dates joined with nothing between them but "and" are one happening's (coordinated.ts), and a
// second conjunct that runs on past its date is no conjunct of its own: neither is cut
// (statementLabel.ts).
import { describe, expect, it } from 'vitest';
import { buildEvents } from '../../../src/lib/events';
import { timexOf } from './helpers';

const labelsOf = (text: string, dates: [string, string][]) => buildEvents(text, dates.map(([w, v]) => timexOf(text, w, v)), '2024-05-15').map((e) => e.label);

describe('dates that share their clause', () => {
  it('keeps one label for coordinated years', () => {
    const text = 'Her grandfather sat in the state senate in 1931 and 1945.';
    expect(new Set(labelsOf(text, [['1931', '1931'], ['1945', '1945']]))).toEqual(new Set(['Her grandfather sat in the state senate']));
  });
  it('does not cut before a conjunct that goes on after its date', () => {
    const text = 'The ferry sailed on Monday and returned on Tuesday with the last of the stranded walkers aboard.';
    expect(labelsOf(text, [['on Monday', '2024-05-13'], ['on Tuesday', '2024-05-14']]).some((l) => /returned/.test(l))).toBe(true);
  });
});
