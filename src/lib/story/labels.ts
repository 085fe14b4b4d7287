// A short label for a story sentence, from the single-article pipeline run on that sentence
// alone (with its article's publication date): the event whose dates hold the day, else the
// sentence's first event, else none. Run only for the sentences a timeline quotes, so a folder of
// thousands of articles never pays for events it does not show. Knows nothing of ranking.
import { extract } from '../extract';
import type { StorySentence } from './types';

export function labelFor(sentence: StorySentence, publishedAt: string, day: string): string | null {
  const { events } = extract(sentence.text, { title: null, published: publishedAt, url: null, publisher: null });
  const onDay = events.find((e) => e.when.start !== null && e.when.end !== null && e.when.start <= day && day <= e.when.end);
  return (onDay ?? events[0])?.label ?? null;
}
