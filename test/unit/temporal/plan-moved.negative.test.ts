import { describe, expect, it } from 'vitest';
import { tagTimexes } from '../../../src/lib/temporal/index';

// The other side of plan-moved.test.ts: what looks like a moved plan, an order or a "by" past
// but is not. Sentences written for these tests.
const values = (text: string, published: string) => tagTimexes(text, published).map((t) => [t.text, t.value]);

describe('tagTimexes: "put back" of a thing in its place, and an order dated itself', () => {
  it('"put back on the shelf on Monday" moves no plan: the Monday before', () => {
    expect(values('The stolen painting was put back on the museum wall on Monday.', '2010-04-21')).toEqual([['Monday', '2010-04-19']]);
  });
  it('"ordered on Monday" dates the order, which is past', () => {
    expect(values('The judge ordered on Monday that the records be sealed.', '2010-04-21')).toEqual([['Monday', '2010-04-19']]);
  });
});

describe('tagTimexes: "by <day>" before a plan told in the past still looks ahead', () => {
  it('"by Friday the two sides were expected to sign" is the coming Friday', () => {
    expect(values('The talks resumed and by Friday the two sides were expected to sign a deal.', '2010-04-21')).toEqual([['Friday', '2010-04-23']]);
  });
});
