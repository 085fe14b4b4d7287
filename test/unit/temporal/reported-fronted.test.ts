import { describe, expect, it } from 'vitest';
import { tagTimexes } from '../../../src/lib/temporal/index';

// "The spokesman said that on Thursday and Friday Deputy U.S. Trade Representative Michael Smith
// would meet ...": a date fronted in a reported clause, after "said that" and its preposition, is
// placed by that clause's own verb, after however long a subject, not by the saying (read on
// reuters/fresh15's chip talks). Sentences written for these tests.
const valueOf = (text: string, words: string) => tagTimexes(text, '1992-05-20').find((t) => t.text === words)?.value;

describe('tagTimexes: a date fronted in a reported clause', () => {
  it('a visit the clause says would happen lies ahead', () => {
    const text = 'A ministry spokeswoman said that on Friday Finance Minister Hans Meier of Lower Saxony would visit the plant.';
    expect(valueOf(text, 'Friday')).toBe('1992-05-22');
  });

  it('so do both days of a pair', () => {
    const text = 'Officials said that on Thursday and Friday the European Commission trade negotiators would meet in Geneva.';
    expect(valueOf(text, 'Thursday')).toBe('1992-05-21');
    expect(valueOf(text, 'Friday')).toBe('1992-05-22');
  });
});
