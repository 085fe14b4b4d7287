// The article text analysed once for every stage after ingest: its sentences (one splitter for
// the whole pipeline) and, for the sentences a stage asks about, their words with part of
// speech and verb forms. Words are read on demand and kept, since most sentences of an article
// hold no date and never need them. Must not know about dates, events or the publication day.
import { splitSentences, type Span } from './sentences';
import { readWords, type Word } from './words';

export type { Span } from './sentences';
export type { PartOfSpeech, VerbForm, Word } from './words';
export { firstVerbGroup, verbGroupBefore, type VerbGroup } from './verbGroup';

export interface TextAnalysis {
  readonly text: string;
  readonly sentences: readonly Span[];
  /** The words of one of `sentences` (read once, then kept). */
  wordsOf(sentence: Span): readonly Word[];
}

export function analyseText(text: string): TextAnalysis {
  const sentences = splitSentences(text);
  const words = new Map<number, Word[]>();
  return {
    text,
    sentences,
    wordsOf(sentence: Span) {
      let w = words.get(sentence.start);
      if (!w) {
        w = readWords(text, sentence.start, sentence.end);
        words.set(sentence.start, w);
      }
      return w;
    },
  };
}

// The tagger and the events stage are called one after the other on the same text (extract.ts,
// the app's Worker): the last analysis is kept so that the second call does not split again.
let last: TextAnalysis | null = null;

/** The analysis of `text`, reusing the last one when the text is the same. */
export function analysisOf(text: string): TextAnalysis {
  if (last?.text !== text) last = analyseText(text);
  return last;
}
