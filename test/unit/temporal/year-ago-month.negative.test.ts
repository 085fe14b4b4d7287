import { describe, expect, it } from 'vitest';
import { tagTimexes } from '../../../src/lib/temporal/index';

// A level stated on no day keeps its comparison with the year. Sentences written for these tests.
const valueOf = (text: string, words: string) => tagTimexes(text, '1992-04-10').find((t) => t.text === words)?.value;

describe('tagTimexes: a comparison with the month or the day its sentence reports, negative cases', () => {
  it('a day the figure is not stated at is no base', () => {
    expect(valueOf('The board met on March 31 and said holdings stood at 3.1 billion dlrs, against 2.9 billion dlrs a year ago.', 'a year ago')).not.toBe('1991-03-31');
  });
});
