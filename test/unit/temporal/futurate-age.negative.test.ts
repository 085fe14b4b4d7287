import { describe, expect, it } from 'vitest';
import { tagTimexes } from '../../../src/lib/temporal/index';

// Sentences written for these tests; Tuesday 1988-03-08.
const valueOf = (text: string, words: string) => tagTimexes(text, '1988-03-08').find((t) => t.text === words)?.value;

describe('tagTimexes: "turns" with no age, negative cases', () => {
  it('"turned 40 on Friday" is the Friday gone by', () => {
    expect(valueOf('The goalkeeper turned 40 on Friday.', 'Friday')).toBe('1988-03-04');
  });
  it('"the mood turns sour" is no timetable: a past clause keeps its Friday', () => {
    expect(valueOf('When the mood turns sour, traders recall how shares fell on Friday.', 'Friday')).toBe('1988-03-04');
  });
});
