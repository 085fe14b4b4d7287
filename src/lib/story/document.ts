// The story document: a story's articles in, one Newsline document out, which the app opens,
// edits and publishes and `newsline render` draws like any other. The articles' texts are joined
// into the document's one text (each article's range kept beside its own date and headline), each
// article is tagged against its own publication date, and each entry of the story timeline
// (index.ts) becomes one event whose sources point into the articles that told it: the quoted
// sentences, then the coverage's other reports of it (documentSources.ts). Pure: no
// files, no clock; knows nothing of how the days were ranked or the sentences chosen.
import { DOCUMENT_VERSION, type NewslineDocument, type SourceSpan, type StoryArticleSpan, type Timex, type TimelineEvent } from '../document';
import { CORROBORATION, corroboration, type CorroborationOptions } from './documentSources';
import { chooseEntryLabel, labelKey, notAReport, type ChosenLabel } from './entryLabel';
import { buildStory, prepareCollection } from './index';
import { joinArticles } from './joint';
import { labelFor } from './labels';
import { storyWords } from './storyWords';
import { sentenceWords } from './sentenceWords';
import type { Span } from './scope';
import type { Collection, StoryArticle, StoryEntry } from './types';

/** The app's defaults: a story graphic of about twenty days, two sentences a day. */
export const STORY_DATES = 20;
export const STORY_SENTENCES = 2;

// How the articles share one text (a blank line between two) lives in joint.ts, which the page
// and the embed load without this module's pipeline.
export { articleAt, articlesOf, joinArticles } from './joint';

export interface StoryDocumentOptions extends Span {
  dates: number;
  sentences: number;
  /** The desk's headline for the story; else the first article's title. */
  title?: string | null;
  /** (done, total) while the articles are read, then once more when the timeline is built. */
  onProgress?: (done: number, total: number) => void;
  /** Which other sentences count as reports of an event, and how many an event lists. */
  corroboration?: CorroborationOptions;
}

/** Articles in (each with its own text and publication date), one story document out. */
export function storyDocument(articles: StoryArticle[], options: StoryDocumentOptions): NewslineDocument {
  if (articles.length === 0) throw new Error('a story needs at least one article');
  const { text, articles: spans } = joinArticles(articles);
  // The collection names each article by its place in the list, so two articles that share an id
  // (two pastes of one page) still map back to their own ranges.
  const numbered = articles.map((a, i) => ({ ...a, id: String(i) }));
  // Building the timeline costs about a third of reading the articles (Timeline17); counted so.
  const total = articles.length + Math.max(1, Math.round(articles.length / 3));
  const timexes: Timex[] = [];
  const collection = prepareCollection(numbered, {
    // The dates the collection tagged, moved into the joint text: each article is tagged once.
    onTagged: (i, tagged) => {
      for (const t of tagged) timexes.push({ ...t, start: t.start + spans[i].start, end: t.end + spans[i].start });
    },
    onProgress: (done) => options.onProgress?.(done, total),
  });
  const story = buildStory(collection, { dates: options.dates, sentences: options.sentences, start: options.start, end: options.end });
  options.onProgress?.(total, total);

  const published = spans.reduce((newest, a) => (a.published > newest ? a.published : newest), spans[0].published);
  const title = options.title?.trim() || articles[0].title?.trim() || null;
  // The quoted sentences by their place in the collection, then the other reports of the day.
  const index = new Map(collection.sentences.map((s, i) => [`${s.article}:${s.start}`, i]));
  const reports = corroboration(collection, options.corroboration ?? CORROBORATION);
  const joint = (s: number) => {
    const { article, start, end } = collection.sentences[s];
    return { start: spans[article].start + start, end: spans[article].start + end };
  };
  const labelled = new Set<string>();
  const vocabulary = storyWords(collection);
  // the sentence's words as the collection already read them (sentenceWords keeps them)
  const onStory = (s: number) => sentenceWords(collection, s).some((w) => vocabulary.has(w));
  const events = story.timeline.flatMap((entry) => {
    const quoted = entry.sources.map((s) => index.get(`${s.article}:${s.start}`)!);
    const told = reports(entry.date, quoted).map((r) => r.sentence);
    const { label, source } = labelOfEntry(collection, entry, told, labelled, onStory);
    // A day whose every report is a question or a page's furniture (a reader's comment, a
    // show's promotion) told the reader nothing: no entry rather than that one.
    if (told.length && notAReport(collection.sentences[told[source]].text)) return [];
    labelled.add(labelKey(label));
    return [storyEvent(entry, label, 1, published.slice(0, 10), shown(collection, told, source).map(joint))];
  });
  return {
    version: DOCUMENT_VERSION,
    article: { title, published, url: null, publisher: null },
    text,
    timexes,
    articles: spans,
    events,
  };
}

/** The entry's label from every sentence that told its day (the quoted ones with the labels the
 *  story gave them, then the other reports), each labelled against its own article's date, none
 *  an earlier entry's label (`taken`, by labelKey) or off the story (`onStory`) where another
 *  will do; and
 *  which of `told` it was made from. */
export function labelOfEntry(
  collection: Collection,
  entry: StoryEntry,
  told: number[],
  taken?: ReadonlySet<string>,
  /** Whether a collection sentence is on the story. */
  onStory?: (sentence: number) => boolean,
): ChosenLabel {
  const sentences = told.map((s) => collection.sentences[s]);
  return chooseEntryLabel(
    sentences.map((s, i) => ({ text: s.text, label: i < entry.labels.length ? entry.labels[i] : null })),
    (text, i) => labelFor({ ...sentences[i], text }, collection.articles[sentences[i].article].publishedAt, entry.date),
    taken,
    onStory && ((i) => onStory(told[i])),
  );
}

/** The sentences an event cites, the one its label was made from first (the reader sees the
 *  label beside the sentence that says it), without a question or the page's or show's own
 *  furniture ("coming up in this edition"), which report nothing; all of them if none is left. */
function shown(collection: Collection, told: number[], source: number): number[] {
  const ordered = [told[source], ...told.filter((_, i) => i !== source)];
  const reports = ordered.filter((s) => !notAReport(collection.sentences[s].text));
  return reports.length ? reports : ordered;
}

/** One day of the story timeline as one event: dated to the day, quoted from its sentences. */
function storyEvent(entry: StoryEntry, label: string, n: number, asOf: string, sources: SourceSpan[]): TimelineEvent {
  return {
    id: `story-${entry.date}-${n}`,
    label,
    status: entry.date <= asOf ? 'past' : 'projected',
    when: { timex: entry.date, start: entry.date, end: entry.date, granularity: 'day', text: null },
    source: sources[0],
    sources,
  };
}
