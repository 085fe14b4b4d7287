import { describe, expect, it } from 'vitest';
import { shorten } from '../../../src/lib/events/shorten';

describe('a participle that belongs to the words before it is not a place to cut', () => {
  it('a noun compound in -ing ("a government spending plan") is one noun', () => {
    expect(shorten('The council has until the end of the month to approve a city spending plan that includes new bus lanes')).not.toMatch(/a city$/);
  });

  it('a verb whose object is a doing keeps it ("kept searching")', () => {
    expect(shorten('Rescue teams from three neighbouring provinces kept searching the collapsed hotel for survivors through the night')).not.toMatch(/kept$/);
  });

  it('a participle after someone seen doing it stays ("saw them leaving")', () => {
    expect(shorten('Two night guards at the depot told the police that they saw them leaving the yard with the stolen cables')).not.toMatch(/saw them$/);
  });

  it('"as soon as" opens a clause of time, which may still be cut off', () => {
    expect(shorten('The envoy said on the radio he would travel to the capital as soon as the airport reopened after the storm')).toBe('The envoy said on the radio he would travel to the capital');
  });
});

describe('a participle just after a comma', () => {
  it('is not left alone at the end of a cut label', () => {
    expect(shorten('The city renovated its main bridge, financed partly from a federal grant that covered half the cost of the new steel spans')).not.toMatch(/, financed(?: partly)?$/);
  });
});

describe('"never" before its "before"', () => {
  it('is not left at the end of a cut label', () => {
    expect(shorten('Harbour crews worked through the night like never before to rebuild the sea walls and the two piers ahead of the storm season')).not.toMatch(/never$/);
  });
});
