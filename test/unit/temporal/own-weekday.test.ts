import { describe, expect, it } from 'vitest';
import { tagTimexes } from '../../../src/lib/temporal';

// A bare weekday of publication's own name is publication's day whatever its verb tells: a past
// one was earlier that day, a future one later that day (a week away would be "next Wednesday" or
// "last Wednesday"). The weekday parser reads the tense only where it can move the day (speed).
const valueOf = (text: string, words: string) => tagTimexes(text, '2031-07-09').find((t) => t.text === words)?.value;

describe("publication's own weekday", () => {
  it('is publication day told in the past, the present or the future', () => {
    expect(valueOf('The ferry operator cancelled three crossings Wednesday.', 'Wednesday')).toBe('2031-07-09');
    expect(valueOf('The ferry operator cancels three crossings Wednesday.', 'Wednesday')).toBe('2031-07-09');
    expect(valueOf('The ferry operator will cancel three crossings Wednesday.', 'Wednesday')).toBe('2031-07-09');
  });

  it('still lets a pair before it order the days ("Tuesday and Wednesday" ahead)', () => {
    expect(valueOf('Crossings will resume on Tuesday and Wednesday.', 'Wednesday')).toBe('2031-07-16');
  });
});
