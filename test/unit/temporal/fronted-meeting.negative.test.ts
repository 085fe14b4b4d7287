import { describe, expect, it } from 'vitest';
import { tagTimexes } from '../../../src/lib/temporal/index';

// Sentences written for these tests; Monday 1988-03-28.
const valueOf = (text: string, words: string) => tagTimexes(text, '1988-03-28').find((t) => t.text === words)?.value;

describe('tagTimexes: a fronted meeting named by its date, negative cases', () => {
  it('a meeting whose vote was taken lies behind', () => {
    expect(valueOf('At its February 12 meeting, the board approved the merger.', 'February 12')).toBe('1988-02-12');
  });
});
