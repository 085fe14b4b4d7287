// The article text analysed once for every stage after ingest: its sentences (one splitter for
// the whole pipeline) and, for the sentences a stage asks about, their words with part of
// speech and verb forms. Words are read on demand and kept, since most sentences of an article
// hold no date and never need them. Must not know about dates, events or the publication day.
import { splitSentences, type Span } from './sentences';
import { readWords, type Word } from './words';

export type { Span } from './sentences';
export type { PartOfSpeech, VerbForm, Word } from './words';
export { isVerbal } from './words';
export { firstVerbGroup, verbGroupBefore, verbGroupOfDate, type VerbGroup } from './verbGroup';

export interface TextAnalysis {
  readonly text: string;
  readonly sentences: readonly Span[];
  /** The words of one of `sentences` (read once, then kept). */
  wordsOf(sentence: Span): readonly Word[];
}

// Words are read a block of sentences at a time: the tagger's cost is mostly per call, and the
// sentences a stage asks about come in runs (a dated paragraph, the sentence before a pronoun).
const BLOCK = 1500;
// At most this many characters of one text are tagged (only sentences a stage asks about are,
// and a long news story asks about fewer than this; a 7,400-word magazine feature asks about
// most of 60,000, and lost its labels' words past the first quarter at 12,000): past
// it, the stages read no words and fall back to their word lists, so a pasted book or a
// megabyte of junk costs no more than a long article.
export const WORD_BUDGET = 60_000;

export function analyseText(text: string): TextAnalysis {
  const sentences = splitSentences(text);
  const index = new Map(sentences.map((s, i) => [s.start, i]));
  const words: (Word[] | undefined)[] = [];
  let budget = WORD_BUDGET;
  const read = (first: number) => {
    if (budget <= 0) return void (words[first] = []);
    let last = first;
    while (last + 1 < sentences.length && !words[last + 1] && sentences[last + 1].end - sentences[first].start <= BLOCK) last++;
    budget -= sentences[last].end - sentences[first].start;
    const all = readWords(text, sentences[first].start, sentences[last].end);
    let k = 0;
    for (let i = first; i <= last; i++) {
      const own: Word[] = [];
      const { start, end } = sentences[i];
      // a contraction's empty half ("won't" -> will + not at its end) belongs to its sentence;
      // a token that runs across a sentence break (a quote mark and the blank line after it)
      // belongs to none
      for (; k < all.length && (all[k].start < end || (all[k].start === end && all[k].end === end)); k++) {
        if (all[k].start >= start && all[k].end <= end) own.push(all[k]);
      }
      words[i] = own;
    }
  };
  return {
    text,
    sentences,
    wordsOf(sentence: Span) {
      const i = index.get(sentence.start);
      if (i === undefined) return []; // not one of this text's sentences: nothing is read
      if (!words[i]) read(i);
      return words[i]!;
    },
  };
}

/** The sentence of `analysis` that holds the span `start`..`end` whole, if one does. */
export function sentenceHolding(analysis: TextAnalysis, start: number, end: number): Span | undefined {
  // (asked for every date, a search from the first sentence made a long text quadratic: the
  // splitter's sentences run in reading order, starts and ends, so none before the first one
  // ending at or after `end` holds the span, nor any from the first starting after `start`)
  const { sentences } = analysis;
  let low = 0;
  let high = sentences.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (sentences[mid].end < end) low = mid + 1;
    else high = mid;
  }
  for (let i = low; i < sentences.length && sentences[i].start <= start; i++) if (end <= sentences[i].end) return sentences[i];
  return undefined;
}

// The tagger and the events stage are called one after the other on the same text (extract.ts,
// the app's Worker): the last analysis is kept so that the second call does not split again.
let last: TextAnalysis | null = null;

/** The analysis of `text`, reusing the last one when the text is the same. */
export function analysisOf(text: string): TextAnalysis {
  if (last?.text !== text) last = analyseText(text);
  return last;
}
