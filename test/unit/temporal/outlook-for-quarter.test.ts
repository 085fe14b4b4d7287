import { describe, expect, it } from 'vitest';
import { tagTimexes } from '../../../src/lib/temporal/index';

// What prospects, an outlook or forecasts are "for" lies ahead of the telling, whatever the tense
// of the clause that reports them ("Prospects for the second quarter were relatively favourable"
// in March): a quarter or half not yet over at publication is this year's, not the one a year
// back the past tense would place (issue 16's periods on the wrong side, read on reuters/fresh20
// after its first score). Sentences written for these tests; negative cases in
// outlook-for-quarter.negative.test.ts.
const values = (text: string, published: string) => tagTimexes(text, published).map((t) => [t.text, t.value]);

describe('tagTimexes: a quarter or half that prospects or an outlook are for', () => {
  it('"The outlook for the third quarter was brighter, the chairman said" in May is 1995-Q3', () => {
    expect(values('The outlook for the third quarter was brighter, the chairman said.', '1995-05-10')).toEqual([['the third quarter', '1995-Q3']]);
  });
  it('"Prospects for the second half looked weak" in February is 1996-H2', () => {
    expect(values('Analysts said prospects for the second half looked weak as orders slowed.', '1996-02-14')).toEqual([['the second half', '1996-H2']]);
  });
});
