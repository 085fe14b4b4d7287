import { describe, expect, it } from 'vitest';
import { tagTimexes } from '../../../src/lib/temporal/index';

// "than" before a name is no deadline's bound. Sentences written for these tests.
const texts = (text: string) => tagTimexes(text, '1992-05-20').map((t) => t.text);

describe('tagTimexes: the bound of a deadline, negative cases', () => {
  it('a store chain named after "more than" is no month', () => {
    expect(texts('Shares in the group fell more than May Department Stores did.')).toEqual([]);
  });

  it('"earlier than expected" names no date', () => {
    expect(texts('The plant reopened earlier than expected.')).toEqual([]);
  });
});
