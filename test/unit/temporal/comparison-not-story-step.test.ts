import { describe, expect, it } from 'vitest';
import { tagTimexes } from '../../../src/lib/temporal/index';

// A period set a year back against the story's own ("the same month last year", "the year-ago
// month") is a comparison, no step of the story: statistics copy goes on in the month it
// reports, so a later "the month" or "the same month last year" counts from that month, not from
// the comparison (issue 16's comparison periods and anaphoric periods). Sentences written for
// these tests; negative cases in comparison-not-story-step.negative.test.ts.
const values = (text: string, published: string) => tagTimexes(text, published).map((t) => [t.text, t.value]);

describe('tagTimexes: the story goes on in its own month after a comparison a year back', () => {
  it('"during the month" after "the same month last year" is the month reported', () => {
    const text = 'The brewer said it shipped 61,200 barrels in June, up from 58,900 barrels in the same month last year. Exports during the month reached 4,100 barrels.';
    expect(values(text, '1991-07-03')).toEqual([
      ['June', '1991-06'],
      ['the same month last year', '1990-06'],
      ['the month', '1991-06'],
    ]);
  });

  it('a second "the same month last year" is the reported month a year back, not two years back', () => {
    const text = 'Mills produced 8,100 tonnes of paper in May, against 7,900 tonnes in the same month last year. Board output in the month was 2,300 tonnes, compared with 2,000 tonnes in the same month last year.';
    expect(values(text, '1991-06-11').map((v) => v[1])).toEqual(['1991-05', '1990-05', '1991-05', '1990-05']);
  });
});
