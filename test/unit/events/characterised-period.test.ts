// Issue 13: what the characterised-period rule (characterised-period.negative.test.ts) keeps: a
// day said to be something still tells of what happened on it, and a year that is the time of a
// clause's act is dated. Sentences written for these tests.
import { describe, expect, it } from 'vitest';
import { dateWordsWith } from './helpers';

const PUBLISHED = '2022-02-10';
const datesOf = dateWordsWith(PUBLISHED);

describe('days and years that stay dated', () => {
  it('keeps a night said to be a strong game', () => {
    expect(datesOf('"Tonight was a very good game for us," the coach said.', [['Tonight', '2022-02-10']])).toEqual(['Tonight']);
  });
  it('keeps a year told in a cleft with "when"', () => {
    expect(datesOf('Last year was the time when the two founders split.', [['Last year', '2021']])).toEqual(['Last year']);
  });
  it('keeps a year in which a firm did something', () => {
    expect(datesOf('Last year the bakery opened two more shops.', [['Last year', '2021']])).toEqual(['Last year']);
  });
  it('keeps a quarter whose sales are judged, the sales the subject', () => {
    expect(datesOf('Sales in the third quarter of 2021 were unusually busy.', [['the third quarter of 2021', '2021-Q3']])).toEqual(['the third quarter of 2021']);
  });
  it('keeps a week in which something happened, after "because"', () => {
    expect(datesOf('The port shut because this week the cranes failed.', [['this week', '2022-W06']])).toEqual(['this week']);
  });
  it('keeps a week judged whose relative clause tells what happened in it', () => {
    expect(datesOf('This week was different for the young keeper, who was dropped for the derby.', [['This week', '2022-W06']])).toEqual(['This week']);
  });
  it('keeps a month that is no subject judged, only called a target', () => {
    expect(datesOf('He said the deadline of playing in the cup final, the club’s first in a decade, next month is a fair target.', [['next month', '2022-03']])).toEqual(['next month']);
  });
});
