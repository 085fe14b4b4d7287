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
