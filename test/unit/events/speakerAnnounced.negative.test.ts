import { describe, expect, it } from 'vitest';
import { quoteSpeaker } from '../../../src/lib/events/speaker';

describe('a sentence that only ends on "said." announces no quote', () => {
  it('a new quote after "X said." is attributed where it closes', () => {
    const text = '“The port stays shut,” Okafor said. “We cut the ferry service,” Lindqvist added.';
    expect(quoteSpeaker(text, text.indexOf('We cut'))).toBe('Lindqvist');
  });

  it('a quote paragraph after one that closes on "X said." is not announced by it', () => {
    const text = '“The port stays shut,” Okafor said.\n\n“We cut the ferry service,” Lindqvist added.';
    expect(quoteSpeaker(text, text.indexOf('We cut'))).toBe('Lindqvist');
  });

  it('a paragraph closing on "..., X told Reuters." announces no quote after it', () => {
    const text = '“The port is ours,” Ana Ruiz, a commander from the town of Vila Nova, told Reuters.\n\n“We are still in the same place.”';
    expect(quoteSpeaker(text, text.indexOf('We are'))).not.toBe('Vila Nova');
  });
});
