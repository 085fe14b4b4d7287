// A long label is not cut after a coordinator whose clause an aside interrupts (shorten.ts).
import { describe, expect, it } from 'vitest';
import { shorten } from '../../../src/lib/events/shorten';

describe('a coordinator interrupted by an aside needs its clause', () => {
  it('"but, in the chamber and outside, she said ..." is cut before the coordinator', () => {
    expect(shorten('The bill was a long shot - but, in the chamber and in the lobby outside, she argued that it would pass within weeks')).toBe('The bill was a long shot');
  });
});
