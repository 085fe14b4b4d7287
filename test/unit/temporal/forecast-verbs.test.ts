import { describe, expect, it } from 'vitest';
import { tagTimexes } from '../../../src/lib/temporal/index';

// The verb group of a forecast or a plan: the past of a verb of forecasting dates the forecast made,
// a participle describing figures is no verb group, "due to" before a noun phrase gives a cause and
// before a verb a plan (issue 16, read on the 1987 wire splits reuters/fresh6-fresh11 after their
// first scores). Sentences written for these tests; negative cases in forecast-
// verbs.negative.test.ts.
const WED = '1987-05-13'; // a Wednesday
const values = (text: string, published = WED) => tagTimexes(text, published).map((t) => [t.text, t.value]);
const valueOf = (text: string, words: string, published = WED) => tagTimexes(text, published).find((t) => t.text === words)?.value;

describe('tagTimexes: "he forecast" told in the past', () => {
  it('"as she forecast in the January statement" is the January gone by, though the sentence looks ahead', () => {
    expect(valueOf('The treasurer said the deficit will narrow to 3.1 billion, as she forecast in the January statement.', 'January')).toBe('1987-01');
  });
});

describe('tagTimexes: a forecast\'s verb group, not the participle describing its figures', () => {
  it('"expects to post sharply reduced third-quarter earnings" looks ahead: "reduced" describes the earnings', () => {
    expect(values('The carrier expects to post sharply reduced third-quarter earnings.', '1988-08-10')).toEqual([['third-quarter', '1988-Q3']]);
  });

  it('"should show improved fourth-quarter margins" is the quarter under way', () => {
    expect(values('Analysts said the chain should show improved fourth-quarter margins.', '1987-10-05')).toEqual([['fourth-quarter', '1987-Q4']]);
  });
});

describe('tagTimexes: "due to" before a noun phrase gives a cause, not a plan', () => {
  it('"slipped in November due to the dock strike" is last November, a past month', () => {
    expect(values('Steel shipments slipped 6 pct in November due to the dock strike.', '1987-02-12')).toEqual([['November', '1986-11']]);
  });

  it('an adverb of degree before it ("mainly due to") and a participle after it ("due to reduced orders") are causes too', () => {
    expect(values('Freight volumes eased in October, mainly due to weaker grain exports.', '1987-01-20')).toEqual([['October', '1986-10']]);
    expect(values('Mill output dropped in December due to reduced orders.', '1987-02-05')).toEqual([['December', '1986-12']]);
  });
});

describe('tagTimexes: the past of a verb of forecasting dates the forecast made', () => {
  it('"The institute in January predicted growth of 2 pct" is this January, the month the prediction was made', () => {
    expect(values('The institute in January predicted growth of 2 pct for the Dutch economy.', '1987-03-11')).toEqual([['January', '1987-01']]);
  });

  it('"projected" with its subject and object, after its date, is the act of projecting', () => {
    expect(values('The planning board in February projected a trade surplus of 3 billion dlrs.', '1987-04-14')).toEqual([['February', '1987-02']]);
  });
});

describe('tagTimexes: "predicted" after its subject', () => {
  it('"in late February she predicted a loss": the past of "predicted" after its subject dates the prediction', () => {
    expect(values('The analyst said that in late February she predicted a loss for the group.', '1987-04-06')).toEqual([['late February', '1987-02']]);
  });
});
