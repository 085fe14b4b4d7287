import { describe, expect, it } from 'vitest';
import { readCues } from '../../../src/lib/events/cues';

describe('readCues: "could not" is no possibility', () => {
  it('reads a past inability as nothing pointing ahead', () => {
    expect(readCues('The sheriff could not be reached for comment').future).toBeNull();
    expect(readCues('Officials could never confirm the figure').future).toBeNull();
  });

  it('still reads a plain "could" as a possibility', () => {
    expect(readCues('The strike could spread to the ports').future).toBe('possible');
  });
});

describe('readCues: nouns of expectation are no cue', () => {
  it('reads results that beat or missed expectations as nothing pointing ahead', () => {
    expect(readCues('Quarterly sales came in well ahead of expectations').future).toBeNull();
    expect(readCues('The harvest fell short of every prediction').future).toBeNull();
    expect(readCues('Life expectancy in the district rose by two years').future).toBeNull();
    expect(readCues('The new pump is working as expected').future).toBeNull();
  });

  it('still reads the verb in each of its forms', () => {
    expect(readCues('The ministry expects a ruling').future).toBe('expected');
    expect(readCues('Traders are expecting a cut').future).toBe('expected');
    expect(readCues('The mayor expected the state to pay for the levee').future).toBe('expected');
    expect(readCues('The bureau predicts heavy rain').future).toBe('expected');
  });
});
