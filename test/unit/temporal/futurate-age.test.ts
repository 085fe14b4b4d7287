import { describe, expect, it } from 'vitest';
import { tagTimexes } from '../../../src/lib/temporal/index';

// An age reached on a day the calendar fixes is told in the futurate present ("turns 40 on
// Friday"), as a scheduled opening is. Sentences written for these tests; Tuesday 1988-03-08.
const valueOf = (text: string, words: string) => tagTimexes(text, '1988-03-08').find((t) => t.text === words)?.value;

describe('tagTimexes: "turns" before an age looks ahead', () => {
  it('"turns 62 on Thursday" is the coming Thursday', () => {
    expect(valueOf('The novelist turns 62 on Thursday.', 'Thursday')).toBe('1988-03-10');
  });
  it('an age reached in a month already gone this year is next year\'s', () => {
    expect(valueOf('Smith, who turns 65 in January, said he would retire.', 'January')).toBe('1989-01');
  });
});
