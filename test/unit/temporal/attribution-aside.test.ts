import { describe, expect, it } from 'vitest';
import { tagTimexes } from '../../../src/lib/temporal/index';

// "On May 18, Data General said, it will redeem the debentures": after a fronted date, an
// attribution set off by commas is an aside; the clause after it is the one the date opens, and
// its verb places the date (read on reuters/fresh15's Data General). Sentences written for these tests.
const valueOf = (text: string, words: string) => tagTimexes(text, '1992-05-20').find((t) => t.text === words)?.value;

describe('tagTimexes: a fronted date past an attribution set off by commas', () => {
  it('a plan told after "the utility said," lies ahead', () => {
    expect(valueOf('On June 2, the utility said, it will retire the bonds at par.', 'June 2')).toBe('1992-06-02');
  });

  it('so does a weekday before "a spokesman said,"', () => {
    expect(valueOf('On Friday, a spokesman said, the airline will resume flights to Lagos.', 'Friday')).toBe('1992-05-22');
  });
});
