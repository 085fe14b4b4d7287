import { describe, expect, it } from 'vitest';
import { tagTimexes } from '../../../src/lib/temporal/index';

// "a few years back" is "a few years ago" told the other way: a year some three years before
// publication, known to its decade (TimeML's 199X for a story of 1998; issue 16's vague
// references, read on reuters/fresh18). Sentences written for these tests; published 7 June 1988.
const values = (text: string) => tagTimexes(text, '1988-06-07').map((t) => `${t.type}|${t.text}|${t.value}`);

describe('tagTimexes: "a few years back"', () => {
  it('is the decade, as "a few years ago" is', () => {
    expect(values('Such a merger seemed unthinkable a few years back.')).toEqual(['DATE|a few years back|198X']);
  });
});
