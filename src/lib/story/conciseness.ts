// How much of a sentence is the day's news: the share of its content words that the day's
// reports commonly use. A timeline entry says what happened in the words the coverage of the day
// shares ("BP", "cap", "well", "Friday"); a sentence that also carries its own asides (a
// spokesman's title, a place's history, a figure from last year) says it at more length, and a
// journalist's entry is shorter than the sentences news prints. Knows nothing of dates or ranking.

/** Per sentence, the share of its distinct words used by at least `least` (a fraction) of the sentences. */
export function commonShare(sentences: string[][], least = 0.1): number[] {
  const used = new Map<string, number>();
  for (const words of sentences) for (const w of new Set(words)) used.set(w, (used.get(w) ?? 0) + 1);
  const floor = least * sentences.length;
  return sentences.map((words) => {
    const distinct = new Set(words);
    if (distinct.size === 0) return 0;
    let common = 0;
    for (const w of distinct) if ((used.get(w) ?? 0) >= floor) common++;
    return common / distinct.size;
  });
}
