import { describe, expect, it } from 'vitest';
import { analysisOf } from '../../../src/lib/analysis';
import { toldInPassing } from '../../../src/lib/events/background';

/** Whether the date `words` in `sentence` (one clause) dates an event told in passing. */
const passing = (sentence: string, words: string) => {
  const start = sentence.indexOf(words);
  const whole = { start: 0, end: sentence.length };
  return toldInPassing(sentence, whole, { start, end: start + words.length }, () => analysisOf(sentence).wordsOf(analysisOf(sentence).sentences[0] ?? whole));
};

describe('an event told in passing', () => {
  it('is one dated in a relative clause about the subject', () => {
    expect(passing('The ferry operator, which was founded in 1962, cancelled every crossing on Sunday.', 'in 1962')).toBe(true);
    expect(passing('The coach, who was hired in May, resigned on Friday.', 'in May')).toBe(true);
  });

  it('is one dated in a participle phrase fronted before the subject', () => {
    expect(passing('Opened in 1931, the library will close its doors next month.', 'in 1931')).toBe(true);
  });

  it('is a state held since a date, or a happening the news comes after', () => {
    expect(passing('She has led the union since 2019.', '2019')).toBe(true);
    expect(passing('After the runoff vote on Sunday, the party named a new leader.', 'on Sunday')).toBe(true);
    expect(passing('The launch was delayed a year after its first stage failed in March 2019.', 'in March 2019')).toBe(true);
  });
});
