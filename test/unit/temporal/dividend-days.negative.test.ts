import { describe, expect, it } from 'vitest';
import { tagTimexes } from '../../../src/lib/temporal/index';

// What the dividend rule of dividend-days.test.ts must leave alone (sentences written for these
// tests). Thursday 1991-11-14.
const THU = '1991-11-14';
const values = (text: string, published = THU) => tagTimexes(text, published).map((t) => [t.text, t.value]);

describe('tagTimexes: dividend days the rule leaves alone', () => {
  it('a dividend told as paid keeps its past: "was payable Sept. 16 to holders of record Aug. 26"', () => {
    expect(values('The last dividend was payable Sept. 16 to holders of record Aug. 26.')).toEqual([['Sept. 16', '1991-09-16'], ['Aug. 26', '1991-08-26']]);
  });

  it('a day written with its year keeps it', () => {
    expect(values('The dividend is payable Jan. 3, 1991, to holders of record.')).toEqual([['Jan. 3, 1991', '1991-01-03']]);
  });

  it('"a record" that is no dividend\'s ("set a record Oct. 2") keeps its tense', () => {
    expect(values('The runner set a record Oct. 2 in Berlin.')).toEqual([['Oct. 2', '1991-10-02']]);
  });
});

// More of this class, read on the 1987 wire splits (reuters/fresh6-fresh11). Sentences written for these tests.

describe('tagTimexes: a maturity told as run out keeps its tense', () => {
  it('"notes that were maturing on February 2 were repaid" is the day gone by', () => {
    expect(values('The notes that were maturing on February 2 were repaid in full.', '1987-04-10')).toEqual([['February 2', '1987-02-02']]);
  });

  it('a maturity with its year written keeps it', () => {
    expect(values('It sold bonds maturing on June 4, 1986, to a trust.', '1987-04-10')).toEqual([['June 4, 1986', '1986-06-04']]);
  });
});
