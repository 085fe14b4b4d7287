import { describe, expect, it } from 'vitest';
import { shorten } from '../../../src/lib/events/shorten';

describe('a capital inside a label that is no new sentence', () => {
  it('a name after a lower-case word is the name, not a sentence run in', () => {
    expect(shorten('The minister for trade met the delegation from Tallinn to discuss the new ferry link and port fees')).not.toBe('The minister for trade met the delegation from');
  });

  it('"The" opening a title after a verb stays with the title', () => {
    expect(shorten('The director said the theatre will stage The Seagull and two new plays next season in the old hall')).not.toMatch(/stage$/);
  });

  it('"all but" is "nearly", no joint between clauses', () => {
    expect(shorten('The league on Friday became all but certain that the northern club would lose its licence this summer')).not.toMatch(/all$/);
  });
});
