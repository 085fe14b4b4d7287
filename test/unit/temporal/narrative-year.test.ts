import { describe, expect, it } from 'vitest';
import { tagged } from './helpers';

// A month without its year in a past narrative takes the narrative's year (issue 16: months
// resolved to the wrong year near the turn of a year). Sentences are written for these tests.
const PUB = '2024-01-09';

describe('tagTimexes: the narrative year of a month named alone', () => {
  it("'In January' after 'in November 2021' is the January after it, not publication's", () => {
    const text = 'The regulator opened its inquiry in November 2021. In January, investigators raided the offices.';
    expect(tagged(text, PUB, 'January')).toEqual({ text: 'January', type: 'DATE', value: '2022-01' });
  });

  it("'Dec. 3' after 'Oct. 12, 2019' in a past narrative is in 2019", () => {
    const text = 'The ship left Halifax on Oct. 12, 2019. It was seized off Dakar on Dec. 3 and its crew held for a month.';
    expect(tagged(text, PUB, 'Dec. 3')).toEqual({ text: 'Dec. 3', type: 'DATE', value: '2019-12-03' });
  });

  it("a later month in the same sentence ('in March 2018 and a second in July') is that year's", () => {
    const text = 'The chain opened a first shop in March 2018 and a second in July.';
    expect(tagged(text, PUB, 'July')).toEqual({ text: 'July', type: 'DATE', value: '2018-07' });
  });
});
