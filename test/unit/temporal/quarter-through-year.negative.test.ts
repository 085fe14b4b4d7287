import { describe, expect, it } from 'vitest';
import { tagTimexes } from '../../../src/lib/temporal/index';

// What quarter-through-year.test.ts leaves as two months: the bounds of a change ("from ...
// through"), and months that are no quarter's. Sentences written for these tests.
const values = (text: string, published: string) => tagTimexes(text, published).map((t) => [t.text, t.value]);

describe('tagTimexes: months joined by "through" that name no quarter', () => {
  it('"rose from July through September of 1993" keeps two months', () => {
    expect(values('Freight rates rose from July through September of 1993.', '1993-10-06')).toEqual([
      ['July', '1993-07'],
      ['September of 1993', '1993-09'],
    ]);
  });

  it('"for August through October of 1993" is no quarter', () => {
    expect(values('Freight carried for August through October of 1993 set a record.', '1993-11-06').filter((v) => /Q/.test(v[1]))).toEqual([]);
  });
});
