import { describe, expect, it } from 'vitest';
import { tagTimexes } from '../../../src/lib/temporal/index';

// "the same period" that sets no figure against another is the period just told of, a second
// figure for it ("Exports rose last year, while imports in the same period fell"), not the one a
// year back (parsers/yearPeriod.ts). Sentences written for these tests.
const valueOf = (text: string, published: string, words: string) => tagTimexes(text, published).find((t) => t.text === words)?.value;

describe('tagTimexes: "the same period" as a second figure for the period told', () => {
  it('"last year ... while imports in the same period" is last year', () => {
    expect(valueOf('Norway sold 2.1 billion crowns of salmon to Japan last year, while its imports from Japan in the same period came to 900 mln.', '1987-05-12', 'the same period')).toBe('1986');
  });
  it('"In the same period," opening the next sentence is the month reported', () => {
    expect(valueOf('Copper output fell 4 pct in March. In the same period, zinc output rose 2 pct.', '1987-04-20', 'the same period')).toBe('1987-03');
  });
});
