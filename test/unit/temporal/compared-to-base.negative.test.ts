import { describe, expect, it } from 'vitest';
import { tagTimexes } from '../../../src/lib/temporal/index';

// What "compared to" and a per cent's "over" do not make a base (compared-to-base.test.ts): "over"
// before an amount with no per cent is "more than", and the date after it a step of the narrative.
// Sentences written for these tests.
const values = (text: string, published: string) => tagTimexes(text, published).map((t) => [t.text, t.value]);

describe('tagTimexes: "over" as "more than" keeps the narrative year', () => {
  it('"rose to over 800 members in March 1985" carries 1985 to the next "In April"', () => {
    expect(values('The union rose to over 800 members in March 1985. In April, the workers walked out.', '1987-06-03')).toEqual([
      ['March 1985', '1985-03'],
      ['April', '1985-04'],
    ]);
  });
});
