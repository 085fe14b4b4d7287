// A quote closed in its own paragraph does not run on: a later quote paragraph after narrative is
// not given the described speaker of the closed one (speaker.ts, OPENED_BY). Sentences written for
// these tests.
import { describe, expect, it } from 'vitest';
import { quoteSpeaker } from '../../../src/lib/events/speaker';

describe('no run-on past a closed quote', () => {
  it('a closed quote paragraph before leaves the next one unattributed by this rule', () => {
    const text = 'Ines Marlow, who travelled to Chad with the charity in 2004, said: “We felt we had to act.”\n\nThe charity flew out the next week.\n\n“I visited Chad in 2004 and it is the hardest place I have ever worked.';
    expect(quoteSpeaker(text, text.indexOf('“I visited'))).not.toBe('Ines Marlow');
  });
});
