import { describe, expect, it } from 'vitest';
import { tagTimexes } from '../../../src/lib/temporal/index';

// A plan reported as it stood ("was scheduled to end", "were expected to close", "was due to
// open") gives its date from where the story stands: the nearest one, ahead when it has not yet
// come ("The season was scheduled to close May 15" in April is this May), as a plan overtaken
// in the story is still this year's (issue 16: months and days without a year, read on
// reuters/fresh12). Sentences written for these tests; negatives in
// plan-as-it-stood.negative.test.ts.
const values = (text: string, published: string) => tagTimexes(text, published).map((t) => [t.text, t.value]);

describe('tagTimexes: a plan reported as it stood', () => {
  it('"was scheduled to close May 15" in April is the coming May 15', () => {
    expect(values('The fishing season was scheduled to close May 15, but officials will keep it open.', '1988-04-12').at(0)).toEqual(['May 15', '1988-05-15']);
  });

  it('"were expected to finish in June" in May is the coming June', () => {
    expect(values('Repairs to the dam were expected to finish in June.', '1988-05-03')).toEqual([['June', '1988-06']]);
  });
});
