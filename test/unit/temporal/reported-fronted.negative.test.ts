import { describe, expect, it } from 'vitest';
import { tagTimexes } from '../../../src/lib/temporal/index';

// A date fronted in a reported clause whose verb looks back. Sentences written for these tests.
const valueOf = (text: string, words: string) => tagTimexes(text, '1992-05-20').find((t) => t.text === words)?.value;

describe('tagTimexes: a date fronted in a reported clause, negative cases', () => {
  it('a visit the clause says had happened is past', () => {
    expect(valueOf('A ministry spokeswoman said that on Monday Finance Minister Hans Meier had visited the plant.', 'Monday')).toBe('1992-05-18');
  });

  it('a month of a past figure stays past', () => {
    expect(valueOf('The bank said that in April lending to households rose 2 pct.', 'April')).toBe('1992-04');
  });
});
