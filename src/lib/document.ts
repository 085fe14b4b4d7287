// The Newsline document (version 1): what every stage reads and writes, what the CLI prints
// and what the app saves. Shape fixed by DESIGN.md; this module knows nothing of how the
// values are found or drawn.

import type { PublishedFrom } from './ingest/types';

/** A calendar day, `YYYY-MM-DD`. */
export type Day = string;

export type TimexType = 'DATE' | 'TIME' | 'DURATION' | 'SET';

/** A TIMEX3 span: offsets are UTF-16 indices into `NewslineDocument.text`, end exclusive. */
export interface Timex {
  start: number;
  end: number;
  text: string;
  type: TimexType;
  /** TimeML value: `2025-11-04`, `2025-W44`, `2026-03`, `2025-SU`, `PRESENT_REF`, `P3M`, ... */
  value: string;
  /** TimeML mod: START, MID, END, APPROX, BEFORE, AFTER, ON_OR_BEFORE, ON_OR_AFTER, ... */
  mod?: string;
}

export type Granularity =
  | 'day'
  | 'week'
  | 'weekend'
  | 'month'
  | 'season'
  | 'quarter'
  | 'half'
  | 'year'
  | 'decade'
  | 'century';

export type EventStatus = 'past' | 'projected';

export type Modality =
  | 'asserted'
  | 'planned'
  | 'expected'
  | 'possible'
  | 'conditional'
  | 'did-not-happen';

export interface EventWhen {
  /** The TimeML value the dates come from, or null for an undated expectation. */
  timex: string | null;
  /** Inclusive first and last day; both null when undated. */
  start: Day | null;
  end: Day | null;
  granularity: Granularity | null;
  /** The words of the article that gave the date ("last week"), or null. */
  text: string | null;
  /** TimeML mod carried over from the timex (APPROX, START, ...), when there is one. */
  mod?: string;
}

export interface SourceSpan {
  start: number;
  end: number;
}

export interface TimelineEvent {
  id: string;
  label: string;
  status: EventStatus;
  modality?: Modality;
  when: EventWhen;
  source: SourceSpan;
  /**
   * Optional: 'background' when the article tells the event in passing, as context for its
   * news (a relative clause, "since ...", "after ...", a fronted participle: "Elected in 2014,
   * the mayor ..."), so a view may draw it quieter than the news itself. Absent: the news.
   */
  prominence?: 'background';
  /**
   * Optional, story documents only: every sentence, in any of the story's articles, that reports
   * this happening, `source` first. A story's event is told by several articles in different
   * words; keeping all of them lets the reader trace an entry to each article that carried it.
   * Absent in single-article documents, where `source` is the whole account.
   */
  sources?: SourceSpan[];
}

export interface ArticleMeta {
  title: string | null;
  /** `YYYY-MM-DD` or `YYYY-MM-DDTHH:MM[:SS]`: the reference instant for every relative date. */
  published: string;
  /** Where the date came from: the page's JSON-LD, a meta tag, ..., or `given` by the user. */
  publishedFrom?: PublishedFrom;
  url: string | null;
  publisher: string | null;
}

/**
 * How the graphic is presented, chosen by the desk and carried with the document so the embed,
 * the exports and `newsline render` draw the same thing. Every field is optional; a reader of
 * the document treats a missing or unknown value as the default.
 */
export interface Presentation {
  /** House date style of kickers and markers: AP "Nov. 5, 2025" (default), UK "5 November 2025", ISO. */
  dateStyle?: 'ap' | 'uk' | 'iso';
  /** "auto" (default) follows the reader's colour scheme. */
  theme?: 'auto' | 'light' | 'dark';
  /** The graphic's headline, when it should differ from the article's title. */
  headline?: string;
  /** One line under the headline: what the timeline shows, from which article. */
  dek?: string;
  /** The newsroom's credit ("Graphic: J. Doe"), put before the source line. */
  credit?: string;
}

/**
 * One article of a story document: its own metadata and where its text lies in the joint
 * `NewslineDocument.text` (`text.slice(start, end)`, end exclusive). A story is told by many
 * articles, each with its own publication date (the reference for its relative dates), so the
 * document keeps each article's date and range rather than one article's.
 */
export interface StoryArticleSpan extends ArticleMeta {
  /** Names the article (the CLI uses its path inside the folder); stable across rebuilds. */
  id: string;
  start: number;
  end: number;
}

export interface NewslineDocument {
  version: 1;
  article: ArticleMeta;
  /** The plain text all offsets refer to. */
  text: string;
  timexes: Timex[];
  events: TimelineEvent[];
  /**
   * Optional, story documents only: the articles whose texts are joined (in the order added, with
   * a blank line between) into `text`; ranges in order and not overlapping. Then `article` is the
   * story itself (its headline, and the newest article's date as the "as of" reference), and each
   * article's timexes were resolved against that article's own date. Absent: one article, as before.
   */
  articles?: StoryArticleSpan[];
  /** Optional: the desk's presentation settings (absent in documents made before them). */
  presentation?: Presentation;
}

export const DOCUMENT_VERSION = 1 as const;
