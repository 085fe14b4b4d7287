// A projection told beside a day already gone: the day dates an aside, a background clause or a
// trailing saying, and the clause's own future is drawn undated beside the dated event. Sentences
// written for these tests.
import { describe, expect, it } from 'vitest';
import { extract } from '../../../src/lib/extract';

const events = (text: string) => extract(text, { title: null, published: '2024-05-15', url: null, publisher: null }).events;
const undated = (text: string) => events(text).filter((e) => !e.when.start).map((e) => e.label);

describe('a future beside a day gone', () => {
  it('draws the plan of a subject whose relative clause holds a past year', () => {
    const text = 'A teacher who coached the striker in 2019 will also be called to give evidence.';
    expect(undated(text)).toEqual(['A teacher who coached the striker will be called to give evidence']);
    expect(events(text).filter((e) => e.when.start).map((e) => e.when.start)).toEqual(['2019-01-01']);
  });

  it('leaves a trailing aside with a past day out of the label', () => {
    expect(undated('The council will also sell part of its land holdings, which were valued at 40 million pounds at the end of 2022.')).toEqual(['The council will sell part of its land holdings']);
  });

  it('keeps an aside with a past day out of the label of the future after it', () => {
    expect(undated('The new rules, agreed last year, will ban cold calls to pensioners about their savings.')).toEqual(['The new rules will ban cold calls to pensioners about their savings']);
  });

  it('takes the future before a trailing saying dated by its weekday', () => {
    expect(undated('The brewer will reportedly pay $80 million for a 60 percent stake in the Polish bottler, a regional official said Tuesday.')).toEqual(['The brewer will pay $80 million for a 60 percent stake']);
  });

  it('ends the clause where a time clause holding the past day opens', () => {
    expect(undated('Argentina is to seek a new schedule for its loan payments after missing two instalments in recent months.')).toEqual(['Argentina is to seek a new schedule for its loan payments']);
  });

  it('takes talks ahead told before a background year', () => {
    expect(undated('The Emir will hold talks with the prime minister during the visit, his first to Spain since he took office in March 2013.')).toEqual(['The Emir will hold talks with the prime minister during the visit']);
  });
});
