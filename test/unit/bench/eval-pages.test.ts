import { describe, expect, it } from 'vitest';
import { bodyScore, dateVerdict, median, precision, recall, shingleMatch, shingles, titleExact, titleLenient, tokenize } from '../../../scripts/eval-pages/score';

describe('tokenize', () => {
  it('keeps runs of letters, digits and underscores, in any script, and nothing else', () => {
    expect(tokenize("Don't stop—it's 2,500 km_h in Zürich; 東京 ok.")).toEqual(['Don', 't', 'stop', 'it', 's', '2', '500', 'km_h', 'in', 'Zürich', '東京', 'ok']);
  });

  it('keeps case, as the benchmark does', () => {
    expect(tokenize('The the')).toEqual(['The', 'the']);
  });
});

describe('shingles', () => {
  it('counts each run of four tokens: "a b c d e a b c d" has six, "a b c d" twice', () => {
    const s = shingles('a b c d e a b c d');
    expect([...s.values()].reduce((x, y) => x + y)).toBe(6);
    expect(s.get(['a', 'b', 'c', 'd'].join('\u0000'))).toBe(2);
    expect(s.size).toBe(5);
  });

  it('makes a text shorter than four tokens one shingle, and an empty text none', () => {
    expect([...shingles('two words').keys()]).toEqual(['two\u0000words']);
    expect(shingles('  ... ').size).toBe(0);
  });
});

describe('shingleMatch', () => {
  it('scores a hand-computed page: gold "a b c d e f", predicted "x a b c d e"', () => {
    // gold shingles: abcd bcde cdef; predicted: xabc abcd bcde. tp 2, fp 1, fn 1, sum 4.
    const m = shingleMatch('a b c d e f', 'x a b c d e');
    expect(m).toEqual({ tp: 0.5, fp: 0.25, fn: 0.25 });
    expect(precision(m)).toBeCloseTo(2 / 3, 12);
    expect(recall(m)).toBeCloseTo(2 / 3, 12);
  });

  it('counts a repeated shingle once per occurrence on each side', () => {
    // gold: abcd ×2, bcda, cdab, dabc; predicted: abcd ×1. tp 1, fp 0, fn 4, sum 5.
    expect(shingleMatch('a b c d a b c d', 'a b c d')).toEqual({ tp: 0.2, fp: 0, fn: 0.8 });
  });

  it('gives a perfect prediction precision and recall 1, an empty one precision 0 and recall 0', () => {
    const same = shingleMatch('one two three four five', 'one two three four five');
    expect([precision(same), recall(same)]).toEqual([1, 1]);
    const none = shingleMatch('one two three four five', '');
    expect(none).toEqual({ tp: 0, fp: 0, fn: 1 });
    expect([precision(none), recall(none)]).toEqual([0, 0]);
  });
});

describe('bodyScore', () => {
  it('averages precision over pages that predicted text and recall over pages with gold, then takes F1 of the averages', () => {
    const half = shingleMatch('a b c d e f', 'x a b c d e'); // P 2/3, R 2/3
    const empty = shingleMatch('a b c d e', ''); // no P; R 0
    const exact = shingleMatch('a b c d e', 'a b c d e'); // P 1, R 1
    const s = bodyScore([half, empty, exact]);
    expect(s.precisionPages).toBe(2);
    expect(s.recallPages).toBe(3);
    expect(s.precision).toBeCloseTo((2 / 3 + 1) / 2, 12);
    expect(s.recall).toBeCloseTo((2 / 3 + 0 + 1) / 3, 12);
    expect(s.f1).toBeCloseTo((2 * (5 / 6) * (5 / 9)) / (5 / 6 + 5 / 9), 12);
  });
});

describe('dateVerdict', () => {
  it('is right when the day matches, whatever time of day follows it', () => {
    expect(dateVerdict('2016-11-29', '2016-11-29')).toBe('right');
    expect(dateVerdict('2016-11-29', '2016-11-29T23:30')).toBe('right');
  });

  it('is wrong for another day and refused for no date', () => {
    expect(dateVerdict('2016-11-29', '2016-11-30T01:00')).toBe('wrong');
    expect(dateVerdict('2016-11-29', null)).toBe('refused');
  });

  it('is right to state no date for a page with none, and wrong to state one', () => {
    expect(dateVerdict(null, null)).toBe('right');
    expect(dateVerdict(null, '2016-11-29')).toBe('wrong');
  });
});

describe('titleExact and titleLenient', () => {
  it('titleExact forgives only whitespace', () => {
    expect(titleExact('Why Donald Trump won’t change', '  Why Donald\nTrump won’t  change ')).toBe(true);
    expect(titleExact('Why Donald Trump won’t change', 'Why Donald Trump won’t change | CNN')).toBe(false);
    expect(titleExact('A', null)).toBe(false);
  });

  it('titleLenient forgives case, punctuation and quote styles but not other words', () => {
    expect(titleLenient('Why Donald Trump won’t change', "why donald trump won't change")).toBe(true);
    expect(titleLenient('Affaire KPMG : un juge se récuse', 'Affaire KPMG: un juge se récuse')).toBe(true);
    expect(titleLenient('Why Donald Trump won’t change', 'Why Donald Trump won’t change - CNN')).toBe(false);
  });
});

describe('median', () => {
  it('is the middle value, or the mean of the two middle values', () => {
    expect(median([5, 1, 3])).toBe(3);
    expect(median([4, 1, 3, 2])).toBe(2.5);
    expect(median([])).toBeNaN();
  });
});
