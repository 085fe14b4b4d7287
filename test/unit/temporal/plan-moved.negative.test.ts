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

// More of this class, read on the 1987 wire splits (reuters/fresh6-fresh11). Sentences written for these tests.

describe('tagTimexes: urgings that date their own act', () => {
  it('a day between the urging and its infinitive is the urging\'s ("urged lawmakers on Monday to act")', () => {
    expect(values('The mayor urged lawmakers on Monday to act.', '1987-04-15')).toEqual([['Monday', '1987-04-13']]);
  });

  it('"urging them not to forget" what happened, and an urging reported as it stood ("had urged")', () => {
    expect(values('He spoke to veterans, urging them not to forget the lessons of March.', '1987-06-10')).toEqual([['March', '1987-03']]);
    expect(values('The bank had urged dealers to sell in January.', '1987-04-10')).toEqual([['January', '1987-01']]);
  });

  it('physical pressure is no urging ("pressure in the well continued to rise Monday")', () => {
    expect(values('Pressure in the well continued to rise Monday, engineers said.', '2010-07-20')).toEqual([['Monday', '2010-07-19']]);
  });
});
