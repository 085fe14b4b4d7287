// What the saying must keep: a short label, a pronoun that does not agree with the speaker, a
// speaker named by a common noun alone for "he" or "she".
import { describe, expect, it } from 'vitest';
import { shortenedSubject } from '../../../src/lib/events/longLabel';

describe('the saying stays', () => {
  it('keeps a label short enough to read whole', () => {
    expect(shortenedSubject('The council said it would close the library')).toBe('The council said it would close the library');
  });
  it('keeps "they" after one speaker', () => {
    expect(shortenedSubject('Mayor Ana Ruiz told reporters they would have to wait for the results of the inquiry into the fire')).toMatch(/^Mayor Ana Ruiz told reporters they/);
  });
  it('keeps "he" after a speaker with no name', () => {
    expect(shortenedSubject('The defence lawyer said he would appeal the verdict against the farmer to the supreme court in the spring')).toMatch(/^The defence lawyer said he/);
  });
  it('keeps "it" after a plural', () => {
    expect(shortenedSubject('Analysts at the bank said it would take two more years for the housing market to recover fully')).toMatch(/said it would/);
  });
});

describe('a list of names stays', () => {
  it('keeps names joined by commas with no role between', () => {
    expect(shortenedSubject('Ana Ruiz, Tom Hale and Ines Roa were named to the board of the regional water authority on the coast')).toMatch(/^Ana Ruiz, Tom Hale and Ines Roa/);
  });
});
