import { describe, expect, it } from 'vitest';
import { tagTimexes } from '../../../src/lib/temporal/index';

// A weekday's report, statement or announcement whose content follows in a clause of its own
// ("Tuesday's USDA report that farmers intend to plant less") is dated by the sentence around it
// ("rallied on"), not by the content's verbs, which tell what was said (issue 16's weekdays on
// the wrong side; read on reuters/fresh19 after its first score). Sentences written for these
// tests; negative cases in report-content-weekday.negative.test.ts.
const values = (text: string, published: string) => tagTimexes(text, published).map((t) => [t.text, t.value]);

describe('tagTimexes: a possessive weekday before a report\'s content clause', () => {
  it('"firmed on Monday\'s forecast that growers will harvest less" is the Monday gone', () => {
    // published Thursday 1994-09-15
    expect(values('Cotton futures firmed on Monday\'s forecast that growers will harvest less this autumn.', '1994-09-15')[0]).toEqual(['Monday', '1994-09-12']);
  });

  it('"slid after Friday\'s announcement that the mill plans to close" is the Friday gone', () => {
    expect(values('Shares in the paper group slid after Friday\'s announcement that the mill plans to close.', '1994-09-15')).toEqual([['Friday', '1994-09-09']]);
  });
});
