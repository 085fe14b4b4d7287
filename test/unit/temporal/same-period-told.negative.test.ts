import { describe, expect, it } from 'vitest';
import { tagTimexes } from '../../../src/lib/temporal/index';

// What the "same period as told" reading (same-period-told.test.ts) leaves alone: a figure set
// against another ("up from 3.4 mln in the same period", "compared with", "higher than in the same
// period"), and a year back written after it ("the same period the year before"), which keep the
// period a year back; and a day named last, which is no period: the phrase then has no value. Sentences written for these tests.
const valueOf = (text: string, published: string, words: string) => tagTimexes(text, published).find((t) => t.text === words)?.value;

describe('tagTimexes: "the same period" of a comparison stays a year back', () => {
  it('"up from 3.4 mln dlrs in the same period"', () => {
    expect(valueOf('Copper output rose to 5.2 mln tonnes in March, up from 3.4 mln tonnes in the same period.', '1987-04-20', 'the same period')).toBe('1986-03');
  });
  it('"higher than in the same period"', () => {
    expect(valueOf('Copper output in March was higher than in the same period.', '1987-04-20', 'the same period')).toBe('1986-03');
  });
  it('"compared to 1,250 tonnes the same period the year before"', () => {
    expect(valueOf('Zinc output was 1,900 tonnes in March, compared to 1,250 tonnes the same period the year before.', '1987-04-20', 'the same period')).toBe('1986-03');
  });
});

describe('tagTimexes: "the same period" after a day', () => {
  it('"elected on May 5 ... documents from the same period" takes no day', () => {
    expect(valueOf('The councillor, elected on May 5, said the newspaper, which used documents from the same period, had retracted its story.', '2005-05-17', 'the same period')).toBeUndefined();
  });
});
