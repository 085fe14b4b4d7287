// How the page words the Worker's progress on a story: the articles read, then the timeline
// built (the Worker counts building as a share of the total, after the last article).
export function progressWords(p: { done: number; total: number }, articles: number): string {
  if (articles > 0 && p.done < articles) return `Reading ${p.done} of ${articles} articles…`;
  if (articles > 0) return `Building the timeline from ${articles} articles…`;
  return `Reading… ${Math.round((100 * p.done) / Math.max(1, p.total))}%`;
}
