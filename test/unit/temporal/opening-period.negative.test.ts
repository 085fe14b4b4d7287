import { describe, expect, it } from 'vitest';
import { tagTimexes } from '../../../src/lib/temporal/index';

// Where a period written first in a sentence is not the period its comparisons count from:
// it is no figures' period, or the comparison needs a finer date than the period gives. Sentences written for these tests.

const valueOf = (text: string, published: string, words: string, nth = 0) => tagTimexes(text, published).filter((t) => t.text === words)[nth]?.value;

describe('tagTimexes: an opening period that comparisons do not count from', () => {
  it('an opening year does not stand for a quarter: "the year-ago quarter" is the quarter the sentence reports', () => {
    const text = 'In 1986, fourth-quarter sales at the chain rose 9 pct from the year-ago quarter to 88 mln dlrs.';
    expect(valueOf(text, '1987-02-17', 'the year-ago quarter')).toBe('1985-Q4');
  });

  it('an opening year does not give "two weeks earlier" a day: counted from the last day named', () => {
    const text = 'Shares rose 4 pct on June 12. In 1987, the index fell 30 pct, after the slide of two weeks earlier.';
    expect(valueOf(text, '1987-12-20', 'two weeks earlier')).not.toMatch(/^1987$/);
  });

  it('an opening period in a sentence without figures is a narrative\'s time, not a comparison\'s base', () => {
    const text = 'The mine opened on May 4, 1984. In 1986, the owners sold it to a rival, two months later than planned.';
    expect(valueOf(text, '1987-02-11', 'In 1986')).toBeUndefined();
    expect(valueOf(text, '1987-02-11', '1986')).toBe('1986');
  });
});
