import { describe, expect, it } from 'vitest';
import { tagTimexes } from '../../../src/lib/temporal/index';

// "Brent crude for May fell $2.67": a commodity, "for" and a month name the futures contract
// by its delivery month, still traded, so this month or one ahead whatever the tense; "May"
// there is the month (read on t17/fresh1's Reuters oil report). Sentences written for these
// tests; published 2016-02-03.
const all = (text: string) => tagTimexes(text, '2016-02-03').map((t) => [t.text, t.value]);

describe("tagTimexes: a contract's delivery month", () => {
  it('"U.S. crude for March fell" is the March ahead', () => {
    expect(all('U.S. crude for March fell 84 cents to settle at $31.28 a barrel.')).toEqual([['March', '2016-03']]);
  });

  it('"gold for May rose" is the May ahead, "May" read as the month', () => {
    expect(all('Gold for May rose $4.10 to $1,128.40 an ounce.')).toEqual([['May', '2016-05']]);
  });
});
