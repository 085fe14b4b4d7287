// A short label for a story sentence, borrowed from the single-article events: the event built
// from that sentence whose dates hold the day, else any event of that sentence, else none.
// Knows nothing of ranking or summaries.
import type { TimelineEvent } from '../document';
import type { StorySentence } from './types';

export function labelFor(sentence: StorySentence, events: TimelineEvent[], day: string): string | null {
  const own = events.filter((e) => e.source.start >= sentence.start && e.source.start < sentence.end);
  const onDay = own.find((e) => e.when.start !== null && e.when.end !== null && e.when.start <= day && day <= e.when.end);
  return (onDay ?? own[0])?.label ?? null;
}
