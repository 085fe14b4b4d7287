import { describe, expect, it } from 'vitest';
import { tagTimexes } from '../../../src/lib/temporal/index';

// A fronted date whose sentence's own verb is the saying stays the saying's day. Sentences written for these tests.
const valueOf = (text: string, words: string) => tagTimexes(text, '1992-05-20').find((t) => t.text === words)?.value;

describe('tagTimexes: a fronted date past an attribution, negative cases', () => {
  it('"On Monday, the utility said it will" dates the saying', () => {
    expect(valueOf('On Monday, the utility said it will retire the bonds at par.', 'Monday')).toBe('1992-05-18');
  });

  it('a past clause after the aside stays past', () => {
    expect(valueOf('On Monday, the utility said, it retired the bonds at par.', 'Monday')).toBe('1992-05-18');
  });
});
