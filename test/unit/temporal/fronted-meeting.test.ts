import { describe, expect, it } from 'vitest';
import { tagTimexes } from '../../../src/lib/temporal/index';

// "At its April 29 annual meeting, shareholders will vote": a fronted phrase whose noun the date
// names is dated by the clause after its comma, at the sentence's start or after "said that"
// (read on reuters/fresh14's Lennar). Sentences written for these tests; Monday 1988-03-28.
const valueOf = (text: string, words: string) => tagTimexes(text, '1988-03-28').find((t) => t.text === words)?.value;

describe('tagTimexes: a fronted meeting named by its date', () => {
  it('after "said that", a meeting whose vote is to come lies ahead, past a year named before', () => {
    expect(valueOf('The bank earned 8 mln dlrs in fiscal 1987. It said that at its May 4 annual meeting, holders will elect two directors.', 'May 4')).toBe('1988-05-04');
  });
  it('at the sentence\'s start, a hearing whose ruling is to come lies ahead', () => {
    expect(valueOf('At the February 2 hearing, the judge will rule on the motion.', 'February 2')).toBe('1989-02-02');
  });
});
