import { describe, expect, it } from 'vitest';
import { tagTimexes } from '../../../src/lib/temporal/index';

// "a single month", "a single quarter": one unit, the article in the span as "a month" keeps it
// (read on t17/fresh2 and reuters/fresh14, whose gold writes "a single quarter" P1Q). Sentences
// written for these tests; published 2016-02-03.
const all = (text: string) => tagTimexes(text, '2016-02-03').map((t) => [t.text, t.type, t.value]);

describe('tagTimexes: "a single" unit', () => {
  it('"in a single week" is P1W with its article', () => {
    expect(all('The shelter took in 300 dogs in a single week.')).toEqual([['a single week', 'DURATION', 'P1W']]);
  });

  it('"in a single quarter" is P1Q', () => {
    expect(all('No airline had lost as much in a single quarter.')).toEqual([['a single quarter', 'DURATION', 'P1Q']]);
  });
});
