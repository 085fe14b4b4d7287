import { describe, expect, it } from 'vitest';
import { tagTimexes } from '../../../src/lib/temporal/index';

// "announced a return to normalcy, with people going back to work tomorrow, cafes and restaurants
// reopening, and universities and schools opening their doors on Thursday": a later step of a
// list begun by "tomorrow", with participles and no verb of its own, is on tomorrow's side (read
// on t17/fresh1's swine flu travel story). Sentences written for these tests; published Monday
// 2003-11-10.
const valueOf = (text: string, words: string) => tagTimexes(text, '2003-11-10').find((t) => t.text === words)?.value;

describe('tagTimexes: a day listed after "tomorrow"', () => {
  it('the last step of a list of reopenings is the Friday ahead', () => {
    expect(valueOf('The mayor lifted the curfew, with buses running again tomorrow, markets reopening on Wednesday and schools welcoming pupils back on Friday.', 'Friday')).toBe('2003-11-14');
  });
});
