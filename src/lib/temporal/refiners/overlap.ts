// Where two readings overlap, the longer span wins ("the past five years" over "the past");
// at equal length the earlier-registered parser's (the news parsers come first).
import type { Refiner } from 'chrono-node';

export const overlapRefiner: Refiner = {
  refine(_context, results) {
    const sorted = [...results].sort((a, b) => a.index - b.index || b.text.length - a.text.length);
    const kept: typeof results = [];
    for (const r of sorted) {
      const last = kept[kept.length - 1];
      if (!last || r.index >= last.index + last.text.length) kept.push(r);
      else if (r.text.length > last.text.length) kept[kept.length - 1] = r;
    }
    return kept;
  },
};
