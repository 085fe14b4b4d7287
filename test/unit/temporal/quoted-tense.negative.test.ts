import { describe, expect, it } from 'vitest';
import { tagTimexes } from '../../../src/lib/temporal/index';

// A date inside the quotation takes the quotation's verbs; a quoted phrase of four words or fewer
// is part of the clause around it. Sentences written for these tests; published Friday 10 June
// 1988.
const values = (text: string) => tagTimexes(text, '1988-06-10').map((t) => `${t.text}|${t.value}`);

describe("tagTimexes: a date and another speaker's quotation, negative cases", () => {
  it('a date inside the quotation is the quotation\'s', () => {
    expect(values('\u201cWe will put the plan to the members on Tuesday,\u201d the chairman said.')).toEqual(['Tuesday|1988-06-14']);
  });
  it('a short quoted verb phrase is the clause\'s verb', () => {
    expect(values('The agency "will review" the licence on Tuesday.')).toEqual(['Tuesday|1988-06-14']);
  });
});
