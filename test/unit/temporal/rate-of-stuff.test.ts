import { describe, expect, it } from 'vitest';
import { tagTimexes } from '../../../src/lib/temporal/index';

// A count of a measure of some stuff, then "a" and a unit, is a rate: "5,000 barrels of oil a day"
// (read on t17/fresh2; a dozen Timeline17 spill stories). Sentences written for these tests;
// published 2016-02-03.
const all = (text: string) => tagTimexes(text, '2016-02-03').map((t) => [t.text, t.type, t.value]);

describe('tagTimexes: a rate of a measured stuff', () => {
  it('"4,000 tonnes of grain a month" is a SET', () => {
    expect(all('The mill grinds 4,000 tonnes of grain a month.')).toEqual([['a month', 'SET', 'P1M']]);
  });

  it('"six hours of power a day" is a SET', () => {
    expect(all('Villages get six hours of power a day.')).toEqual([
      ['six hours', 'DURATION', 'PT6H'],
      ['a day', 'SET', 'P1D'],
    ]);
  });
});
