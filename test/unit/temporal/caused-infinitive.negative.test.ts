import { describe, expect, it } from 'vitest';
import { tagTimexes } from '../../../src/lib/temporal/index';

// What the cause's infinitive does not reach: a deadline after its object, a cause still to
// come, an infinitive a plan governs. Sentences written for these tests; published Thursday
// 1994-03-17.
const valueOf = (text: string, words: string) => tagTimexes(text, '1994-03-17').find((t) => t.text === words)?.value;

describe('tagTimexes: the day of an infinitive a past cause set off, negative cases', () => {
  it('a deadline after the infinitive\'s object stays ahead', () => {
    expect(valueOf('The strike forced the council to postpone the vote until Tuesday.', 'Tuesday')).toBe('1994-03-22');
  });

  it('a cause that will come sets off an act ahead', () => {
    expect(valueOf('The storm will force the ferry company to cancel sailings on Saturday.', 'Saturday')).toBe('1994-03-19');
  });

  it('an infinitive of a plan looks ahead', () => {
    expect(valueOf('The minister plans to announce Monday whether he will stand.', 'Monday')).toBe('1994-03-21');
  });
});
