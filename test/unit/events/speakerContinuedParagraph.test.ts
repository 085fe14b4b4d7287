// "Ines Roa, who flew in with the charity, said: “We had to act fast. ¶ “I visited the camp in
// 2004 ...”": a quote run on into a new paragraph leaves its paragraph open and opens the next
// with a quote mark again; it is spoken by the one who opened it, whose description may stand
// between commas before the saying (speaker.ts, OPENED_BY). Sentences written for these tests.
import { describe, expect, it } from 'vitest';
import { quoteSpeaker } from '../../../src/lib/events/speaker';

describe('a quote run on into the next paragraph', () => {
  it('is spoken by a speaker described between commas', () => {
    const text = 'Ines Marlow, who travelled to Chad with the charity in 2004, said: “We felt we had to act as quickly as we could.\n\n“I visited Chad in 2004 and it is the hardest place I have ever worked.';
    expect(quoteSpeaker(text, text.indexOf('“I visited'))).toBe('Ines Marlow');
  });
  it('and by one with no description, as before', () => {
    const text = 'Ines Marlow said: “We felt we had to act as quickly as we could.\n\n“I visited Chad in 2004 and it is the hardest place I have ever worked.';
    expect(quoteSpeaker(text, text.indexOf('“I visited'))).toBe('Ines Marlow');
  });
});
