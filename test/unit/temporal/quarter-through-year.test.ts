import { describe, expect, it } from 'vitest';
import { tagTimexes } from '../../../src/lib/temporal/index';

// A quarter named by its first and last months joined by "through" with its year after them
// ("the volume for July through September of 1993") is the quarter, as "the July through September
// period" already was (issue 16, read on reuters/fresh19 after its first score). Sentences written
// for these tests; negative cases in quarter-through-year.negative.test.ts.
const values = (text: string, published: string) => tagTimexes(text, published).map((t) => [t.text, t.type, t.value]);

describe('tagTimexes: "<first month> through <last month> of <year>"', () => {
  it('"for July through September of 1993" is 1993-Q3', () => {
    expect(values('Freight carried for July through September of 1993 set a record, the railway said.', '1993-10-06')).toEqual([['July through September of 1993', 'DATE', '1993-Q3']]);
  });
});
