import { describe, expect, it } from 'vitest';
import { tagTimexes } from '../../../src/lib/temporal/index';

// An accord's day that is still to come: the object of a signing ahead, or a deadline; and a
// date before a noun that is no accord. Sentences written for these tests.

const valueOf = (text: string, published: string, words: string, nth = 0) => tagTimexes(text, published).filter((t) => t.text === words)[nth]?.value;

describe('tagTimexes: dates beside an accord that are not the day it was reached', () => {
  it('an accord a verb will sign is ahead', () => {
    expect(valueOf('Negotiators will initial the June 1 agreement in Geneva.', '1987-05-12', 'June 1')).toBe('1987-06-01');
  });

  it('a deadline of the accord is no accord named by its day', () => {
    expect(valueOf('Under the accord, the banks will decide by the June 30 deadline.', '1987-05-12', 'June 30')).toBe('1987-06-30');
  });
});
