// "turned water cannons on protesters to try | to break up the march": a label is not cut between
// a verb that takes an infinitive and its "to" (shorten.ts). Sentences written for these tests.
import { describe, expect, it } from 'vitest';
import { shorten } from '../../../src/lib/events/shorten';

describe('a verb that takes an infinitive keeps its "to"', () => {
  it('"to try" is not left at the end of a cut label', () => {
    expect(shorten('Riot police fired rubber bullets and pepper spray at the crowd to try to clear the square outside parliament')).not.toMatch(/\bto try$/);
  });
  it('"vowed" is not left before its infinitive', () => {
    expect(shorten('The striking dock workers at the three southern ports vowed to stay out until the pay offer is improved')).not.toMatch(/\bvowed$/);
  });
});
