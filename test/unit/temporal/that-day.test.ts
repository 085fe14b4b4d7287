import { describe, expect, it } from 'vitest';
import { tagTimexes } from '../../../src/lib/temporal/index';

// A narrative names a day or a week again by "that day", "that same day", "the same day", "that
// week": the day (week) it last named. Sentences written for these tests; published 2021-03-10.
const all = (text: string) => tagTimexes(text, '2021-03-10').map((t) => [t.text, t.value]);

describe('tagTimexes: a day or a week named again', () => {
  it('"Also that day," is the day just named', () => {
    expect(all('The ferry ran aground on February 11, 2020. Also that day, the harbour master resigned.')).toEqual([
      ['February 11, 2020', '2020-02-11'],
      ['that day', '2020-02-11'],
    ]);
  });
  it('"But the same day," after a sentence in between is still that day', () => {
    expect(all('The council voted on January 14, 2020 to close the pool. Swimmers protested outside. But the same day, the mayor signed a lease for a new one.')).toEqual([
      ['January 14, 2020', '2020-01-14'],
      ['the same day', '2020-01-14'],
    ]);
  });
  it('"the same day" after only a month named is that month', () => {
    expect(all('The bakery chain collapsed in November 2019. The owner denied any trouble. But the same day, he sold his shares.')).toEqual([
      ['November 2019', '2019-11'],
      ['the same day', '2019-11'],
    ]);
  });
  it('"that week" is the week of the day named before', () => {
    expect(all('On June 3, 2020, the union called a strike. In another letter that week, the union named its demands.')).toEqual([
      ['June 3, 2020', '2020-06-03'],
      ['that week', '2020-W23'],
    ]);
  });
});
