import { describe, expect, it } from 'vitest';
import { tagTimexes } from '../../../src/lib/temporal/index';

// A futures contract named by its delivery month ("the September contract", "December corn
// futures", "the June bond" where the sentence quotes futures) is still traded, so it is this
// month or one ahead, whatever the tense of the trading (issue 16: months without a year in past
// narrative, read on reuters/fresh12). Sentences written for these tests; negatives in
// futures-months.negative.test.ts.
const values = (text: string, published: string) => tagTimexes(text, published).map((t) => [t.text, t.value]);

describe('tagTimexes: a futures contract named by its month', () => {
  it('"the September contract" in a past market report is the coming September', () => {
    expect(values('Heavy selling pushed the September contract down two cents, traders said.', '1988-05-11')).toEqual([['September', '1988-09']]);
  });

  it('a commodity word between the month and "futures" or "contract"', () => {
    expect(values('December corn futures slipped as rain fell across Iowa.', '1988-07-19')).toEqual([['December', '1988-12']]);
    expect(values('The March soybean contract closed lower.', '1988-02-03')).toEqual([['March', '1988-03']]);
  });

  it('"the September note" beside a price in 32nds is a contract, not a past month', () => {
    expect(values('The September note ended at 97-14/32 after the report.', '1988-06-22')).toEqual([['September', '1988-09']]);
  });
});
