import { describe, expect, it } from 'vitest';
import { tagTimexes } from '../../../src/lib/temporal/index';

// A clause of its own after "tomorrow" (a finite verb) is read by its own verb. Sentences written
// for these tests; published Monday 2003-11-10.
const valueOf = (text: string, words: string) => tagTimexes(text, '2003-11-10').find((t) => t.text === words)?.value;

describe('tagTimexes: a day listed after "tomorrow", negative cases', () => {
  it('a past clause after tomorrow\'s keeps its past', () => {
    expect(valueOf("Tomorrow's hearing, which opened briefly on Friday, was adjourned.", 'Friday')).toBe('2003-11-07');
  });
});
