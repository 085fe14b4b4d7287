// Step 3: a day's most representative sentences. As news-tls's centroid summariser: each
// candidate is a TF-IDF vector (IDF over every sentence of the story), the day's centroid is
// what its candidates share, and sentences are taken by closeness to it, skipping any that
// repeats one already taken (several outlets wire the same sentence). Sentences a reader cannot
// use as a timeline entry are left out while others remain: questions, quotations, fragments,
// run-on lines longer than a timeline entry and pictures' captions. Two things keep an entry as
// short as a journalist's: a sentence made mostly of the day's common words is preferred
// (conciseness.ts), and the day's sentences share a budget of content words, so a further
// sentence is one that still fits (the first always does). Knows nothing of how days are ranked.
import { commonShare } from './conciseness';
import { centroid, dot, type Vector } from './vectors';

export interface SummaryOptions {
  sentences: number;
  /** Longest sentence, in words, an entry may quote. */
  maxWords: number;
  /** Cosine above which a sentence repeats one already taken. */
  redundancy: number;
  /** Weight of the share of a sentence's words that a tenth of the day's sentences use (needs `words`). */
  commonWeight?: number;
  /** Content words a day's sentences may take, on average per sentence asked (needs `words`; 0: no budget). */
  wordBudget?: number;
}

export interface SentenceView {
  text: string;
  vector: Vector;
  /** Added to the sentence's closeness: what its place says (an article on the story). */
  prior?: number;
  /** Its content words, for the budget and the common share. */
  words?: string[];
}

const MIN_WORDS = 6;
// a picture's caption ("In this image made from video provided by BP, ...", "April 21: In this
// aerial photo ... the rig is seen burning") tells what a picture shows, not what happened
const CAPTION = /^(?:[A-Z][a-z]{2,8}\.? \d{1,2}: )?In this (?:[\w-]+ )?(?:image|photo|photograph|picture|frame grab|video image)\b/i;

export function fitsEntry(text: string, maxWords: number): boolean {
  const words = text.split(/\s+/).length;
  if (words < MIN_WORDS || words > maxWords) return false;
  if (/\?["'”’)]*$/.test(text)) return false;
  // a bar is page furniture ("Posted by ... | Comments (4) | Permalink"), never news prose
  if (text.includes(' | ')) return false;
  if (CAPTION.test(text)) return false;
  // a sentence that opens on a quotation is somebody's words, not the happening
  return !/^["“'‘]/.test(text);
}

/** Picks sentences (indices into `views`) by closeness to the candidates' centroid. */
export function summarise(views: SentenceView[], options: SummaryOptions): number[] {
  if (views.length === 0 || options.sentences <= 0) return [];
  const center = centroid(views.map((v) => v.vector));
  // a line with no word in it (replacement characters, stray punctuation) says nothing
  const worded = views.map((_, i) => i).filter((i) => /\p{L}{2}/u.test(views[i].text));
  const fitting = worded.filter((i) => fitsEntry(views[i].text, options.maxWords));
  const pool = fitting.length > 0 ? fitting : worded;
  const { commonWeight = 0, wordBudget = 0 } = options;
  const common = commonWeight ? commonShare(views.map((v) => v.words ?? [])) : [];
  const closeness = (i: number) => dot(views[i].vector, center) + (views[i].prior ?? 0) + (commonWeight ? commonWeight * common[i] : 0);
  const ranked = pool.map((i) => ({ i, closeness: closeness(i) })).sort((a, b) => b.closeness - a.closeness || a.i - b.i);
  const budget = wordBudget * options.sentences;
  const length = (i: number) => views[i].words?.length ?? 0;
  const taken: number[] = [];
  const seen = new Set<string>();
  let used = 0;
  for (const { i } of ranked) {
    if (taken.length >= options.sentences) break;
    const key = views[i].text.toLowerCase();
    if (seen.has(key)) continue;
    if (taken.some((t) => dot(views[t].vector, views[i].vector) > options.redundancy)) continue;
    if (budget && taken.length > 0 && used + length(i) > budget) continue;
    seen.add(key);
    taken.push(i);
    used += length(i);
  }
  return taken;
}
