import { describe, expect, it } from 'vitest';
import { matchArticle } from '../../../scripts/eval-events/match';
import { article, sentences, sys } from './helpers';

describe('system events the scorer must not count as right', () => {
  it('counts a second event for an already matched gold event as a duplicate', () => {
    const first = sys(sentences.mayor, '2019-01-01', '2019-12-31', '2019', 'The mayor resigns');
    const again = sys(sentences.mayor, '2019-01-01', '2019-12-31', '2019', 'The mayor resigned');
    expect(matchArticle(article(), [first, again]).verdicts[1]).toEqual({ kind: 'duplicate', gold: 2 });
  });

  it('counts an event drawn from a page stamp as a non-event of its reason', () => {
    const v = matchArticle(article(), [sys(sentences.stamp, '2021-03-03', '2021-03-03', '3 March 2021', 'Published')]).verdicts[0];
    expect(v).toEqual({ kind: 'non-event', reason: 'stamp', notEvent: 0 });
  });

  it('does not match an event whose days miss the gold days, and says when it is on the wrong side of publication', () => {
    const v = matchArticle(article(), [sys(sentences.council, '2021-03-09', '2021-03-09', 'Tuesday', 'The council meets')]).verdicts[0];
    expect(v).toEqual({ kind: 'wrong-date', gold: 0, direction: true });
  });

  it('counts an event in a sentence without gold events as spurious', () => {
    const text = sys({ start: 0, end: 3 }, '2021-03-02', '2021-03-02', 'Tuesday');
    const a = article();
    a.events = a.events.filter((e) => e.sentence !== sentences.council);
    expect(matchArticle(a, [text]).verdicts[0]).toEqual({ kind: 'spurious' });
  });

  it('does not match a dated event to an undated gold event of the same sentence', () => {
    const v = matchArticle(article(), [sys(sentences.bypass, '2021-05-01', '2021-05-31', 'May', 'The bypass opens', 'projected')]).verdicts[0];
    expect(v.kind).toBe('wrong-date');
  });
});

describe('a source span wider than its sentence', () => {
  it('does not let one event spanning the whole text claim a gold event of every sentence', () => {
    const whole = { start: 0, end: article().text.length };
    expect(matchArticle(article(), [sys(whole, '2019-01-01', '2019-12-31', '2019', 'The mayor resigns')]).verdicts[0].kind).not.toBe('right');
  });
});
