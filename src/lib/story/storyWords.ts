// The words a story is told in: the content words the most articles of the coverage use
// ("egypt", "mubarak", "protester", "cairo" in a folder on Egypt's uprising). A sentence that
// uses none of them is about something else, however it was picked for a day: the weather
// report of a transcript that also covered Cairo, a neighbouring country's court. Counted once
// per article, so a long article does not set the story's words. Knows nothing of dates.
import { sentenceWords } from './sentenceWords';
import type { Collection } from './types';

/** How many of the coverage's commonest words make the story's vocabulary. */
export const STORY_WORDS = 30;

export function storyWords(collection: Collection, count = STORY_WORDS): Set<string> {
  const articlesUsing = new Map<string, number>();
  for (const article of collection.articles) {
    const words = new Set(article.sentences.flatMap((s) => sentenceWords(collection, s)));
    for (const w of words) articlesUsing.set(w, (articlesUsing.get(w) ?? 0) + 1);
  }
  // Numbers are news but not the story's subject; ties go to the word first met in the
  // alphabet, so a run gives the same vocabulary everywhere.
  const ranked = [...articlesUsing].filter(([w]) => !/^\d+$/.test(w)).sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
  return new Set(ranked.slice(0, count).map(([w]) => w));
}
