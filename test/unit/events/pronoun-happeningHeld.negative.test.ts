// What a held "it" must not take: a sentence before that names no happening, a happening in the
// plural, or an "it" that is not held.
import { describe, expect, it } from 'vitest';
import { namedAfterSentences as named } from './helpers';

describe('no happening for the "it"', () => {
  it('leaves the "it" when the sentence before names none', () => {
    const text = 'The council bought the old mill last spring. It will be opened to visitors in June.';
    expect(named(text, 'It will be opened to visitors in June')).not.toMatch(/^The (?:spring|mill) will/);
  });
  it('does not take a plural for an "it"', () => {
    const text = 'The league added three night matches to the calendar. It will be held in Leeds.';
    expect(named(text, 'It will be held in Leeds')).not.toMatch(/matches/);
  });
  it('leaves an "it" that is not held', () => {
    const text = 'The union called a strike for the ports. It said pay talks had failed.';
    expect(named(text, 'It said pay talks had failed')).not.toMatch(/^The strike/);
  });
});
