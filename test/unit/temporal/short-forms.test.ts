import { describe, expect, it } from 'vitest';
import { tagTimexes } from '../../../src/lib/temporal/index';

// Counts and periods written short ("two-and-a-half years", "this year or next") (issue 16, read on
// the 1987 wire splits reuters/fresh6-fresh11 after their first scores). Sentences written for these
// tests; negative cases in short-forms.negative.test.ts.
const values = (text: string, published: string) => tagTimexes(text, published).map((t) => [t.text, t.value]);

describe('tagTimexes: counts and periods written short', () => {
  it('"two-and-a-half years" is P2.5Y', () => {
    expect(values('The talks dragged on for two-and-a-half years.', '1987-07-21')).toEqual([['two-and-a-half years', 'P2.5Y']]);
  });

  it('"this year or next" tags "next" as the next year; "this month and next" the next month', () => {
    expect(values('A recession is unlikely this year or next, the bank said.', '1987-07-21')).toEqual([['this year', '1987'], ['next', '1988']]);
    expect(values('Shipments will slow this month and next.', '1987-07-21')).toEqual([['this month', '1987-07'], ['next', '1987-08']]);
  });
});
