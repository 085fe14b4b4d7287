// Without a verb in the head no phrase cut is taken: a bare noun phrase is cut between words
// (shorten.ts); and a comma after a single score is a clause's joint, not a second score.
// (Limit: "beat" as a noun, "the beat of the drums", now counts as a verb too.)
import { describe, expect, it } from 'vitest';
import { shorten } from '../../../src/lib/events/shorten';

describe('heads with no verb, and a lone score', () => {
  it('cuts a noun phrase with no verb between words', () => {
    expect(shorten('The annual parade of the town band from the old mining village near the northern valley road')).toBe('The annual parade of the town band from the old mining village…');
  });
  it('cuts after a lone score and its comma', () => {
    expect(shorten('The home side won the replay 2-1, a result that sent the visiting fans home in silence')).toBe('The home side won the replay 2-1');
  });
  it('reads an "and" before a verb as no joint of adjectives', () => {
    expect(shorten('The council signed a deal and promised more money for the bus routes in the north of the county')).toBe('The council signed a deal and promised more money');
  });
});
