// Which of a story's articles the reading view shows: the one the user chose (from the list or
// a source sentence) while the same entry stays selected, else the article of the selected
// entry's own sentence. Knows nothing of components.
import type { StoryArticleSpan, TimelineEvent } from '../../lib/document';
import { articleAt } from '../../lib/story/joint';

export class StoryReader {
  /** The article chosen to read, and the entry selected when it was chosen. */
  chosen = $state.raw<{ id: string; forEvent: string | null } | null>(null);

  choose(id: string, forEvent: string | null) {
    this.chosen = { id, forEvent };
  }

  shown(articles: readonly StoryArticleSpan[], selected: TimelineEvent | null): StoryArticleSpan | null {
    const chosen = this.chosen;
    if (chosen && chosen.forEvent === (selected?.id ?? null)) {
      const a = articles.find((x) => x.id === chosen.id);
      if (a) return a;
    }
    return selected ? articleAt([...articles], selected.source.start) : null;
  }
}
