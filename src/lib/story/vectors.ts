// TF-IDF vectors over sparse maps, cosine similarity and centroids: the arithmetic of "how
// central is this sentence". Knows nothing of sentences, dates or stories.

export type Vector = Map<string, number>;

/** Inverse document frequency from the word sets of a collection of documents. */
export function inverseFrequency(documents: string[][]): (word: string) => number {
  const df = new Map<string, number>();
  for (const words of documents) for (const w of new Set(words)) df.set(w, (df.get(w) ?? 0) + 1);
  const n = documents.length;
  return (w) => Math.log((n + 1) / ((df.get(w) ?? 0) + 1)) + 1;
}

/** A unit-length TF-IDF vector (an empty map for a text with no content words). */
export function tfidf(words: string[], idf: (word: string) => number): Vector {
  const v: Vector = new Map();
  for (const w of words) v.set(w, (v.get(w) ?? 0) + 1);
  for (const [w, tf] of v) v.set(w, tf * idf(w));
  return normalise(v);
}

export function normalise(v: Vector): Vector {
  let sum = 0;
  for (const x of v.values()) sum += x * x;
  const norm = Math.sqrt(sum);
  if (norm > 0) for (const [w, x] of v) v.set(w, x / norm);
  return v;
}

export function dot(a: Vector, b: Vector): number {
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  let sum = 0;
  for (const [w, x] of small) {
    const y = large.get(w);
    if (y !== undefined) sum += x * y;
  }
  return sum;
}

/** The unit-length mean of unit vectors: what they have in common. */
export function centroid(vectors: Vector[]): Vector {
  const c: Vector = new Map();
  for (const v of vectors) for (const [w, x] of v) c.set(w, (c.get(w) ?? 0) + x);
  return normalise(c);
}
