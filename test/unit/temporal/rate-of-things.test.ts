import { describe, expect, it } from 'vitest';
import { tagTimexes } from '../../../src/lib/temporal/index';

// "2.5 million gallons a day", "four flights a week": a count of things, then "a" and the unit, is
// a rate, a SET, as "5 billion dlrs a year" is (read on t17/fresh1: Fox/AP, The Guardian).
// Sentences written for these tests.
const all = (text: string) => tagTimexes(text, '2016-02-03').map((t) => [t.text, t.type, t.value]);

describe('tagTimexes: a rate of counted things', () => {
  it('"40,000 tonnes a month" is a SET of a month', () => {
    expect(all('The smelter ships 40,000 tonnes a month to its buyers in Asia.')).toEqual([['a month', 'SET', 'P1M']]);
  });

  it('"three ferries a day" is a SET of a day', () => {
    expect(all('The island is served by three ferries a day in the summer months.').filter(([w]) => w === 'a day')).toEqual([['a day', 'SET', 'P1D']]);
  });
});
