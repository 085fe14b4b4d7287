import { describe, expect, it } from 'vitest';
import { tagTimexes } from '../../../src/lib/temporal/index';

// In a quarter's last month, "the quarter" beside figures is the quarter under way. Sentences
// written for these tests; published Friday 25 September 2026.
const values = (text: string) => tagTimexes(text, '2026-09-25').map((t) => `${t.text}|${t.value}`);

describe('tagTimexes: "the quarter", negative cases', () => {
  it('in September, "rose 8 pct in the quarter" is the third quarter, under way', () => {
    expect(values('Steel shipments rose 8 pct to 2.1 mln tons in the quarter.')).toEqual(['the quarter|2026-Q3']);
  });
});
