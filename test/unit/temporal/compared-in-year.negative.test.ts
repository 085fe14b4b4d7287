import { describe, expect, it } from 'vitest';
import { tagTimexes } from '../../../src/lib/temporal/index';

// Where a compared period with its year keeps the period the story reports (compared-in-year.test.ts).
// Sentences written for these tests.
const values = (text: string, published: string) => tagTimexes(text, published).map((t) => [t.text, t.value]);

describe('tagTimexes: a compared period with no quarter or half stated before it in its sentence', () => {
  it('a sentence of its own after the quarter reported: that quarter, in the year written', () => {
    expect(values('Net income rose 8 pct in the third quarter of 1987. The comparable 1986 quarter included a strike.', '1987-10-20').at(-1)).toEqual(['The comparable 1986 quarter', '1986-Q3']);
  });

  it('after a run of months, no quarter: the year written', () => {
    expect(values('In the first four months of this year debt rose 3 billion francs against 2.7 billion in the same period of 1986.', '1987-06-02').at(-1)).toEqual(['the same period of 1986', '1986']);
  });
});
