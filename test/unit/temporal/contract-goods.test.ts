import { describe, expect, it } from 'vitest';
import { tagTimexes } from '../../../src/lib/temporal/index';

// A market report names a futures contract by its month and the goods it delivers, the subject
// of the trading verb ("September cocoa closed", "The December Swiss franc settled"): a contract
// still traded, this month or one ahead, whatever the tense of the trading (issue 13/16: months
// without a year on the wrong side, read on reuters/fresh18's currency futures). Sentences
// written for these tests; negatives in contract-goods.negative.test.ts.
const values = (text: string, published: string) => tagTimexes(text, published).map((t) => `${t.text}|${t.value}`);

describe('tagTimexes: a contract named by its month and its goods', () => {
  it('"September cocoa closed 12 stg higher" in July is the September ahead', () => {
    expect(values('September cocoa closed 12 stg higher on light buying.', '1988-07-19')).toEqual(['September|1988-09']);
  });
  it('"The December Swiss franc settled" in October, a currency of two words', () => {
    expect(values('The December Swiss franc settled at 0.6720 dlrs.', '1988-10-04')).toEqual(['December|1988-12']);
  });
  it('"March crude ended" in November is next March, "March" read as the month', () => {
    expect(values('March crude ended 20 cents lower in quiet trade.', '1988-11-16')).toEqual(['March|1989-03']);
  });
});
