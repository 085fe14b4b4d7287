import { describe, expect, it } from 'vitest';
import { analysisOf } from '../../../src/lib/analysis';
import { toldInPassing } from '../../../src/lib/events/background';

const passing = (sentence: string, words: string) => {
  const start = sentence.indexOf(words);
  const whole = { start: 0, end: sentence.length };
  return toldInPassing(sentence, whole, { start, end: start + words.length }, () => analysisOf(sentence).wordsOf(analysisOf(sentence).sentences[0] ?? whole));
};

describe('the news itself is not told in passing', () => {
  it('when the date is in the main clause, whatever the sentence holds before it', () => {
    expect(passing('The ferry operator, which was founded in 1962, cancelled every crossing on Sunday.', 'on Sunday')).toBe(false);
    expect(passing('Opened in 1931, the library will close its doors next month.', 'next month')).toBe(false);
    expect(passing('The council approved the budget on Tuesday.', 'on Tuesday')).toBe(false);
  });

  it('when "after" is followed by the date alone', () => {
    expect(passing('Talks will resume after Easter, the ministry said.', 'Easter')).toBe(false);
    expect(passing('The port reopened after the first week of March.', 'the first week of March')).toBe(false);
  });

  it('when a trailing "after" phrase without a verb of its own may date the news itself', () => {
    expect(passing('The gunman was detained after a standoff with troopers early Tuesday.', 'early Tuesday')).toBe(false);
  });
});
