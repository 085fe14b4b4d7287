// A participle after a comma still ends a label when the word before the comma is no subordinator.
import { describe, expect, it } from 'vitest';
import { shorten } from '../../../src/lib/events/shorten';

describe('a comment after a clause is still cut off', () => {
  it('cuts before a participle after a noun and its comma', () => {
    expect(shorten('Floods swamped the harbour and the fish market, forcing traders to move their stalls inland for a week')).toBe('Floods swamped the harbour and the fish market');
  });
});
