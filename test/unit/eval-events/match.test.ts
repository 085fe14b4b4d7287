import { describe, expect, it } from 'vitest';
import { matchArticle, sameDateWords } from '../../../scripts/eval-events/match';
import { article, sentences, sys } from './helpers';

describe('matching system events to the gold', () => {
  it('matches an event whose sentence and days overlap the gold event', () => {
    const m = matchArticle(article(), [sys(sentences.mayor, '2019-06-01', '2019-06-30', 'in June 2019', 'The mayor resigns')]);
    expect(m.verdicts).toEqual([{ kind: 'right', gold: 2 }]);
    expect(m.goldTo).toEqual([-1, -1, 0, -1]);
  });

  it('gives each of two events of one sentence the gold event whose date words it shares', () => {
    const vote = sys(sentences.council, '2021-03-01', '2021-04-30', 'next month', 'The council will vote');
    const met = sys(sentences.council, '2021-03-01', '2021-04-30', 'Tuesday', 'The council met');
    const m = matchArticle(article(), [vote, met]);
    expect(m.verdicts).toEqual([{ kind: 'right', gold: 1 }, { kind: 'right', gold: 0 }]);
  });

  it('matches an undated expectation only with an undated gold event of its sentence', () => {
    const m = matchArticle(article(), [sys(sentences.bypass, null, null, null, 'The bypass will open', 'projected')]);
    expect(m.verdicts).toEqual([{ kind: 'right', gold: 3 }]);
  });

  it('reads date words as the same when they share a word other than a preposition', () => {
    expect(sameDateWords('Tuesday', 'on Tuesday')).toBe(true);
    expect(sameDateWords("Monday's", 'Monday')).toBe(true);
    expect(sameDateWords('in 2017', 'next year')).toBe(false);
  });
});

describe('date words that only share a direction', () => {
  it('does not read "last year" as the same date words as "this year" or "last week"', () => {
    expect(sameDateWords('last year', 'this year')).toBe(false);
    expect(sameDateWords('last year', 'last week')).toBe(false);
    expect(sameDateWords('last year', '8.1% last year')).toBe(true);
  });
});
