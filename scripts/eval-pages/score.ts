// Pure scoring for `npm run eval:pages`: body text by 4-token shingles as the scrapinghub
// article-extraction-benchmark scores articleBody (evaluate.py: `\w+` tokens, shingle counts,
// per-page tp/fp/fn normalised to sum 1, precision and recall averaged over the pages where they
// are defined, F1 from the two averages), the publication day and the headline. No I/O.

// Python's `\w` with re.UNICODE: letters, digits and other numerics, and the underscore.
const TOKEN = /[\p{L}\p{N}_]+/gu;

export function tokenize(text: string): string[] {
  return text.match(TOKEN) ?? [];
}

/** Counts of each run of `n` consecutive tokens; a text shorter than `n` is one shingle. */
export function shingles(text: string, n = 4): Map<string, number> {
  const tokens = tokenize(text);
  const counts = new Map<string, number>();
  for (let i = 0; i < Math.max(1, tokens.length - n + 1); i++) {
    const s = tokens.slice(i, i + n);
    if (!s.length) continue;
    const key = s.join('\u0000');
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return counts;
}

/** One page's true positives, false positives and false negatives, as shares of their sum. */
export interface Match {
  tp: number;
  fp: number;
  fn: number;
}

export function shingleMatch(gold: string, predicted: string, n = 4): Match {
  const g = shingles(gold, n);
  const p = shingles(predicted, n);
  let tp = 0;
  let fp = 0;
  let fn = 0;
  for (const key of new Set([...g.keys(), ...p.keys()])) {
    const gc = g.get(key) ?? 0;
    const pc = p.get(key) ?? 0;
    tp += Math.min(gc, pc);
    fp += Math.max(0, pc - gc);
    fn += Math.max(0, gc - pc);
  }
  const sum = tp + fp + fn;
  return sum > 0 ? { tp: tp / sum, fp: fp / sum, fn: fn / sum } : { tp, fp, fn };
}

export function precision({ tp, fp, fn }: Match): number {
  if (fp === 0 && fn === 0) return 1;
  if (tp === 0 && fp === 0) return 0;
  return tp / (tp + fp);
}

export function recall({ tp, fp, fn }: Match): number {
  if (fp === 0 && fn === 0) return 1;
  if (tp === 0 && fn === 0) return 0;
  return tp / (tp + fn);
}

export interface BodyScore {
  precision: number;
  recall: number;
  f1: number;
  /** Pages averaged into precision (those with a prediction) and into recall (those with gold). */
  precisionPages: number;
  recallPages: number;
}

/**
 * Precision averaged over pages that predicted something (tp + fp > 0), recall over pages with
 * gold (tp + fn > 0), F1 the harmonic mean of the two averages. An empty prediction thus
 * lowers recall only, as in the benchmark.
 */
export function bodyScore(matches: readonly Match[]): BodyScore {
  const ps = matches.filter((m) => m.tp + m.fp > 0).map(precision);
  const rs = matches.filter((m) => m.tp + m.fn > 0).map(recall);
  const mean = (xs: number[]) => (xs.length ? xs.reduce((a, b) => a + b, 0) / xs.length : NaN);
  const p = mean(ps);
  const r = mean(rs);
  return { precision: p, recall: r, f1: p + r > 0 ? (2 * p * r) / (p + r) : 0, precisionPages: ps.length, recallPages: rs.length };
}

export type DateVerdict = 'right' | 'wrong' | 'refused';

/**
 * Whether a published value (`YYYY-MM-DD` or `YYYY-MM-DDTHH:MM...`) names the gold day. With
 * no gold day, stating none is right and stating one is wrong.
 */
export function dateVerdict(gold: string | null, published: string | null): DateVerdict {
  if (published === null) return gold === null ? 'right' : 'refused';
  return gold !== null && published.slice(0, 10) === gold ? 'right' : 'wrong';
}

const spaces = (s: string) => s.replace(/\s+/g, ' ').trim();

/** Same headline once runs of whitespace are one space and the ends are trimmed. */
export function titleExact(gold: string, got: string | null): boolean {
  return got !== null && spaces(got) === spaces(gold);
}

/** Same headline ignoring case, punctuation and spacing: the same letters and digits in order. */
export function titleLenient(gold: string, got: string | null): boolean {
  const key = (s: string) => tokenize(s.normalize('NFKC').toLowerCase()).join(' ');
  return got !== null && key(got) === key(gold);
}

export function median(xs: readonly number[]): number {
  if (!xs.length) return NaN;
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
}
