import { describe, expect, it } from 'vitest';
import { cueOf } from '../../../src/lib/temporal/guard';

describe('a sentence cue does not mark', () => {
  it('a digit before a letter where a space, a mark or a non-ASCII letter stands between', () => {
    expect(cueOf('They sold 40 rugs.').digitLetter).toBe(false);
    expect(cueOf('Route 9-B closed.').digitLetter).toBe(false);
    expect(cueOf('Lot 7\u00e9 was sold.').digitLetter).toBe(false);
  });

  it('a letter before a digit where a space stands between', () => {
    expect(cueOf('Gate B 4 is shut.').letterDigit).toBe(false);
  });

  it('four digits broken by a mark or a space', () => {
    expect(cueOf('Seats rose to 1,250.').fourDigits).toBe(false);
    expect(cueOf('Call 555 12 34.').fourDigits).toBe(false);
  });

  it('a slash where none is written', () => {
    expect(cueOf('The fund grew 12 percent.').slash).toBe(false);
    expect(cueOf('a back\\slash').slash).toBe(false);
  });
});
