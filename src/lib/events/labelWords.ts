// The words of a label, with their part of speech, read from the article's analysis instead of
// tagging the label again: a label is its clause's words with some left out (dates, asides,
// openings), so each of its words is found, in order, among the clause's words as the article's
// one reading of it tagged them (in their sentence, as the writer put them). Must not know about
// dates, events or what a label is for.
import type { Span, TextAnalysis, Word } from '../analysis';

/** The words of `analysis`'s sentences within `clause`, in order (those read beyond the
 *  analysis's word budget are none). */
function clauseWords(analysis: TextAnalysis, clause: Span): Word[] {
  const { sentences } = analysis;
  // the first sentence ending after the clause starts (sentences are sorted and do not overlap)
  let lo = 0;
  let hi = sentences.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sentences[mid].end <= clause.start) lo = mid + 1;
    else hi = mid;
  }
  const out: Word[] = [];
  for (let i = lo; i < sentences.length && sentences[i].start < clause.end; i++) {
    for (const w of analysis.wordsOf(sentences[i])) if (w.end > w.start && w.start >= clause.start && w.end <= clause.end) out.push(w);
  }
  return out;
}

// What a label may hold between two of its words: spaces and the punctuation the clause had
// there ("well-known" is two words to the tagger, "-" between them).
const BETWEEN = /^[\s,;:.!?"“”'‘’()[\]—–/-]*/;
// "an 8 a.m. presentation" is labelled "a presentation": the article changed with its noun's sound
const sameWord = (a: string, b: string) => a.toLowerCase() === b.toLowerCase() || (/^an?$/i.test(a) && /^an?$/i.test(b));

/**
 * The words of `label`, a label made from `text[clause]`, with offsets into `label`: each word
 * of the clause, in order, is the label's next word or was left out. Null when the label holds a
 * word the clause does not have where it stands (a word put in, "the one"; a word cut inside),
 * or when `analysis` is of another text: then the label is to be read on its own.
 */
export function labelWordsFrom(analysis: TextAnalysis | null, text: string, clause: Span, label: string): Word[] | null {
  if (!analysis || analysis.text !== text) return null;
  const out: Word[] = [];
  let at = 0;
  for (const w of clauseWords(analysis, clause)) {
    const from = at + BETWEEN.exec(label.slice(at))![0].length;
    if (from >= label.length) break;
    const raw = text.slice(w.start, w.end);
    const found = label.slice(from, from + raw.length);
    const article = /^an?\b/i.exec(label.slice(from));
    if (article && /^an?$/i.test(raw) && sameWord(raw, article[0])) {
      out.push({ ...w, start: from, end: from + article[0].length, text: article[0] });
      at = from + article[0].length;
    } else if (sameWord(found, raw) && !/^[\p{L}\p{N}]/u.test(label.charAt(from + raw.length))) {
      out.push({ ...w, start: from, end: from + raw.length, text: found });
      at = from + raw.length;
    }
  }
  // every word of the label must have been found
  return at + BETWEEN.exec(label.slice(at))![0].length === label.length ? out : null;
}
