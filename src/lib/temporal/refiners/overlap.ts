// Where two readings overlap, the longer span wins ("the past five years" over "the past");
// at equal length the earlier-registered parser's (the news parsers come first).
import type { ParsingResult, Refiner } from 'chrono-node';

const byStartThenLength = (a: ParsingResult, b: ParsingResult) => a.index - b.index || b.text.length - a.text.length;
function inOrder(results: ParsingResult[]): boolean {
  for (let i = 1; i < results.length; i++) if (byStartThenLength(results[i - 1], results[i]) > 0) return false;
  return true;
}

export const overlapRefiner: Refiner = {
  refine(_context, results) {
    // (mostly in order already: the copy and the sort only where they change something)
    const sorted = inOrder(results) ? results : [...results].sort(byStartThenLength);
    const kept: typeof results = [];
    for (const r of sorted) {
      const last = kept[kept.length - 1];
      if (!last || r.index >= last.index + last.text.length) kept.push(r);
      else if (r.text.length > last.text.length) kept[kept.length - 1] = r;
    }
    return kept;
  },
};
