import { describe, expect, it } from 'vitest';
import { tagTimexes } from '../../../src/lib/temporal/index';

// "the 20 billion dlrs projected in February": a participle of forecasting after the figure it
// forecast, right before "in" and a month, is a relative clause cut short ("that was projected in
// February"); the month is when the forecast was made, already past (read on reuters/fresh14's
// Standard Oil; reuters/check's Canadian budget). Sentences written for these tests.
const valueOf = (text: string, words: string) => tagTimexes(text, '1988-04-15').find((t) => t.text === words)?.value;

describe('tagTimexes: the month a forecast was made in', () => {
  it('a figure projected in a month of this year looks back to it', () => {
    expect(valueOf('The agency put 1988 farm spending at 22 billion dlrs, up from the 20 billion dlrs projected in February.', 'February')).toBe('1988-02');
  });

  it('a rate forecast in a month is that month gone by', () => {
    expect(valueOf('Exports are now seen growing 3.1 pct, below the 3.5 pct forecast in January.', 'January')).toBe('1988-01');
  });
});
