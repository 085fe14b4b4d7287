import { describe, expect, it } from 'vitest';
import { tagTimexes } from '../../../src/lib/temporal/index';

// A day written twice in apposition, "the following day, June 9,", is one day: the month and day
// without a year take the year of the day they stand beside (read on t17/fresh2's account of
// March 2003). Sentences written for these tests; published 2016-02-03.
const all = (text: string) => tagTimexes(text, '2016-02-03').map((t) => [t.text, t.value]);

describe('tagTimexes: a day in apposition', () => {
  it('"the following day, June 9," takes the narrative\'s year', () => {
    // (the narrative's year written out far back: the month and day alone would be read against
    // publication)
    const text =
      'The bill cleared the Senate on June 8 2004 after a long night of talks. Its sponsors had courted wavering members of both parties, promising them money for roads, schools and clinics in their districts. ' +
      'Critics called the package a bribe, and two newspapers ran long editorials against it. Supporters said the state could not wait any longer for a new funding formula, and teachers marched on the capitol to say so. ' +
      'Union leaders said they would keep marching until the money came. Yet the following day, June 9, the House shelved the bill.';
    expect(all(text)).toEqual([
      ['June 8 2004', '2004-06-08'],
      ['the following day', '2004-06-09'],
      ['June 9', '2004-06-09'],
    ]);
  });
});
