import { describe, expect, it } from 'vitest';
import { tagTimexes } from '../../../src/lib/temporal/index';

// "expects earnings to rise more than 75 pct over a year ago": after a figure, "over" sets it
// against the date, a comparison's preposition like "from" and "against", not "more than" a year
// ago; it stays outside the span and gives no mod (reuters/fresh15's Marion Laboratories).
// Sentences written for these tests.
const tagged = (text: string) => tagTimexes(text, '1992-05-20').map((t) => `${t.text}|${t.value}|${t.mod ?? ''}`);

describe('tagTimexes: "over" setting a figure against a date', () => {
  it('"12 pct over a year earlier" tags "a year earlier"', () => {
    expect(tagged('Orders rose 12 pct over a year earlier.')).toEqual(['a year earlier|1991|']);
  });

  it('"up 8 pct over a year ago" tags "a year ago"', () => {
    expect(tagged('Bookings were up 8 pct over a year ago.')).toEqual(['a year ago|1991|']);
  });
});
