import { describe, expect, it } from 'vitest';
import { tagTimexes } from '../../../src/lib/temporal/index';

// How market copy names forward months, which are still to come whatever the tense of the trading
// (issue 16, months without a year): a contract quoted by its month alone as the subject of a
// price ("October finished at 8.10 dlrs", "and August at 412"), a contract month's "position", a
// shipment month opening its sentence with "For", or one of a list of windows ("for July, August
// and September loading"); and a run of maturities, which money-market copy names before they come
// ("bought bills maturing from June through October 15"). Sentences written for these tests;
// negative cases in quoted-month.negative.test.ts.
const values = (text: string, published: string) => tagTimexes(text, published).map((t) => [t.text, t.value]);

describe('tagTimexes: a contract quoted by its month alone', () => {
  it('"October finished at 8.10 dlrs" and "with January at 8.22" in May are this October and next January', () => {
    expect(values('Oats eased in slow trade. October finished at 8.10 dlrs, with January at 8.22.', '1991-05-14')).toEqual([
      ['October', '1991-10'],
      ['January', '1992-01'],
    ]);
  });

  it('"and August at 412" after a June month quoted in the past is this August', () => {
    expect(values('Dealers said July palm olein changed hands at 405 dlrs and August at 412.', '1991-06-03').at(-1)).toEqual(['August', '1991-08']);
  });

  it('"valued against the September position" in June is this September', () => {
    expect(values('Robusta closed lower, valued against the September position, traders said.', '1991-06-03')).toEqual([['September', '1991-09']]);
  });
});

describe('tagTimexes: shipment months opening a sentence or listed', () => {
  it('"For August loading, the board took 30,000 tonnes" in June is this August', () => {
    expect(values('For August loading, the board took 30,000 tonnes of barley.', '1991-06-20')).toEqual([['August', '1991-08']]);
  });

  it('each month of "for July, August and September loading" in June is this year\'s', () => {
    expect(values('The mill bought maize for July, August and September loading.', '1991-06-20')).toEqual([
      ['July', '1991-07'],
      ['August', '1991-08'],
      ['September', '1991-09'],
    ]);
  });
});

describe('tagTimexes: a run of maturities', () => {
  it('"bought bills maturing from June through October 15" in May is this June and this October', () => {
    expect(values('The central bank bought bills maturing from June through October 15, a dealer said.', '1991-05-02')).toEqual([
      ['June', '1991-06'],
      ['October 15', '1991-10-15'],
    ]);
  });
});
