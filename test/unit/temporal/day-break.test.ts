import { describe, expect, it } from 'vitest';
import { tagTimexes } from '../../../src/lib/temporal/index';

// A part of the day named by the sun after a preposition of time ("at dawn", "by nightfall",
// "at midday", "after sunset") is a TIME of the story's day, as "in the evening" is (issue 13:
// parts of the day the events stage missed because the tagger did not tag them). Sentences
// written for these tests; negative cases in day-break.negative.test.ts.
const values = (text: string, published: string) => tagTimexes(text, published).map((t) => [t.text, t.type, t.value]);

describe('tagTimexes: parts of the day named by the sun', () => {
  it('"by nightfall" is the evening of publication\'s day', () => {
    expect(values('Divers had recovered the boat by nightfall.', '2012-08-14')).toEqual([['nightfall', 'TIME', '2012-08-14TEV']]);
  });

  it('"at daybreak" after "on Saturday" is that Saturday\'s morning', () => {
    expect(values('The convoy left on Saturday. It reached the border at daybreak.', '2012-08-14')).toEqual([
      ['Saturday', 'DATE', '2012-08-11'],
      ['daybreak', 'TIME', '2012-08-11TMO'],
    ]);
  });

  it('"around midday" is midday (TMI)', () => {
    expect(values('The ferry docked around midday.', '2012-08-14')).toEqual([['midday', 'TIME', '2012-08-14TMI']]);
  });
});
