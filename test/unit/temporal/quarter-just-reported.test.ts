import { describe, expect, it } from 'vitest';
import { tagTimexes } from '../../../src/lib/temporal/index';

// "in the quarter" beside figures told in the past, in a quarter's first weeks, is the quarter
// just ended, counted from publication: when the story named it before ("tripled in the third
// quarter"), the same one, not the one before it. Sentences written for these tests; published
// Monday 19 October 2026.
const values = (text: string) => tagTimexes(text, '2026-10-19').map((t) => `${t.text}|${t.value}`);

describe('tagTimexes: "the quarter" of figures just reported', () => {
  it('after "nearly doubled in the third quarter" (a change with no figure)', () => {
    expect(values('The mill said profits nearly doubled in the third quarter.\nSteel shipments rose 8 pct to 2.1 mln tons in the quarter.')).toEqual(['the third quarter|2026-Q3', 'the quarter|2026-Q3']);
  });
  it('alone: the quarter before publication\'s', () => {
    expect(values('Steel shipments rose 8 pct to 2.1 mln tons in the quarter.')).toEqual(['the quarter|2026-Q3']);
  });
});
