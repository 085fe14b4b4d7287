// Where no pair, adjective or verb of role holds them, the "and", the "to" and the "as" still
// open the phrase a long label is cut before (shorten.ts); and a participle of place after an
// auxiliary is the clause's verb.
import { describe, expect, it } from 'vitest';
import { shorten } from '../../../src/lib/events/shorten';

describe('cuts that still fall before "and", "to" and "as"', () => {
  it('cuts before an "and" that opens a second clause, with no "between" before it', () => {
    expect(shorten('The club sold its training ground to a developer and the players will now train at a school field')).toBe('The club sold its training ground to a developer');
  });
  it('cuts before an "as" of time after a verb of change', () => {
    expect(shorten('The village population of about 900 will more than double in the coming days as walkers arrive for the festival')).toBe('The village population of about 900 will more than double');
  });
  it('reads "based" after "was" as the verb', () => {
    expect(shorten('The new rescue helicopter was based in the valley for the whole winter season before the base moved north')).toBe('The new rescue helicopter was based in the valley');
  });
});
