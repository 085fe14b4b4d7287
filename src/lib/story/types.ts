// The story stage's values: articles in, one story timeline out. Shape only; knows nothing of
// how articles were read or how the timeline is drawn.
import type { Day } from '../document';

/** One article of the story, already ingested: its plain text and its publication date. */
export interface StoryArticle {
  /** Names the article in the output's sources (the CLI uses the path inside the folder). */
  id: string;
  text: string;
  /** `YYYY-MM-DD[THH:MM[:SS]]`, the reference for every relative date in the text. */
  published: string;
  title?: string | null;
  url?: string | null;
  publisher?: string | null;
}

/** A sentence of the coverage, with the days it names (day-granularity mentions only). */
export interface StorySentence {
  /** Index into the collection's articles. */
  article: number;
  /** Position in its article, 0 = the lead sentence. */
  position: number;
  start: number;
  end: number;
  text: string;
  days: Day[];
  /** The days among `days` written out with their month ("March 19", "19/3"), not "Tuesday". */
  spelled: Day[];
  /** The days among `days` named by a date that opens the sentence ("On April 20, ...", "April 23 -
   *  ..."): the day the sentence is about, as a later report or a chronology writes it. */
  opens?: Day[];
}

export interface PreparedArticle {
  id: string;
  published: Day;
  /** The publication date as given, time included: the reference for a label's dates. */
  publishedAt: string;
  /** Indices into the collection's sentences, in reading order. */
  sentences: number[];
}

/** The one preprocessed collection the three steps (rank, collect, summarise) read. */
export interface Collection {
  articles: PreparedArticle[];
  sentences: StorySentence[];
}

export interface StorySource {
  article: string;
  start: number;
  end: number;
}

export interface StoryEntry {
  date: Day;
  sentences: string[];
  sources: StorySource[];
  /** A short label per sentence, from the single-article events where one matches. */
  labels: (string | null)[];
  /** How the date ranker scored the day (higher is more important), for reading the output. */
  score: number;
}

export interface StoryTimeline {
  timeline: StoryEntry[];
}
