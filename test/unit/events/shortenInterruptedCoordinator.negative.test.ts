// A relative "that", or a coordinator whose clause follows at once, is still a place to cut (shorten.ts).
import { describe, expect, it } from 'vitest';
import { shorten } from '../../../src/lib/events/shorten';

describe('a relative clause on an ordinary noun may be cut', () => {
  it('"a bridge | that the council ..." is cut before "that"', () => {
    expect(shorten('The county engineers finally reopened the old toll bridge that the council had closed after the spring floods damaged it')).toBe('The county engineers finally reopened the old toll bridge');
  });

  it('a coordinator whose clause follows at once is a place to cut', () => {
    expect(shorten('The striking drivers blocked the depot gates for the whole morning, and the managers of the company called in the police')).toBe('The striking drivers blocked the depot gates for the whole morning');
  });
});
