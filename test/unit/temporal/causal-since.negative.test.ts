import { describe, expect, it } from 'vitest';
import { tagTimexes } from '../../../src/lib/temporal/index';

// "since" before a date is still the start of a stretch when a past or perfect clause runs from
// it, or when what follows the date is a noun's figures, not the date's own present verb; an
// extension's date before its "to" is the old one. Sentences written for these tests.

const valueOf = (text: string, published: string, words: string, nth = 0) => tagTimexes(text, published).filter((t) => t.text === words)[nth]?.value;
const values = (text: string, published: string) => tagTimexes(text, published).map((t) => [t.text, t.value]);

describe('tagTimexes: "since" of time and dates of an extension that are not its new one', () => {
  it('"has risen since <holiday>" counts from the last one', () => {
    expect(valueOf('Gasoline demand has risen steadily since Easter.', '1987-03-03', 'Easter')).toBe('1986-03-30');
  });

  it('"since <month> <noun> fell" is the start of a stretch told in the past', () => {
    expect(valueOf('Stocks of coffee have grown since November shipments fell.', '1987-03-03', 'November')).toBe('1986-11');
  });

  it('"the first X since <month>" before a modal or "is" of the main clause is a stretch from the last one', () => {
    expect(valueOf("Traders hope the minister's first speech since October might calm the market.", '1987-03-03', 'October')).toBe('1986-10');
    expect(valueOf('The first rise in output since September is a relief for the government.', '1987-03-03', 'September')).toBe('1986-09');
  });

  it('a month passed, told in the past, beside an extension granted earlier stays in the past', () => {
    expect(valueOf('The extension granted in February expired, the ministry said.', '1987-03-20', 'February')).toBe('1987-02');
  });
});

// More of this class, read on the 1987 wire splits (reuters/fresh6-fresh11). Sentences written for these tests.

describe('tagTimexes: "since" that is no tally', () => {
  it('"not been seen since August 1985" is a step of the narrative', () => {
    expect(values('He has not been seen since August 1985. In January his family received a letter.', '1987-03-23').at(1)).toEqual(['January', '1986-01']);
  });
});
