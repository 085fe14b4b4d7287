import { describe, expect, it } from 'vitest';
import { tagTimexes } from '../../../src/lib/temporal/index';

// A condition after a clause told in the past leaves the past standing, and a clause that is no
// condition counts as before. Sentences written for these tests; published Saturday 11 June 1988.
const values = (text: string) => tagTimexes(text, '1988-06-11').map((t) => `${t.text}|${t.value}`);

describe('tagTimexes: a condition after the date, negative cases', () => {
  it('"walked out on Monday, if the reports are right": the past of the clause stands', () => {
    expect(values('The miners walked out on Monday, if the reports from the pits are right.')).toEqual(['Monday|1988-06-06']);
  });
  it('"will meet on Monday after the board has voted": the plan looks ahead', () => {
    expect(values('The unions will meet on Monday after the board has voted.')).toEqual(['Monday|1988-06-13']);
  });
});
