// A box after the story (a trailer of links, the author's box) is cut only where enough of the
// story stands before it: a line like it near the top is the story's own. Must not know about the DOM.

/** How much story text (characters) must stand before a box for the box to be cut. */
export const STORY_BEFORE = 300;

/** The paragraphs before `at`, when the story before it is long enough; else all of them. */
export function cutTail(paragraphs: string[], at: number): string[] {
  const before = paragraphs.slice(0, at).reduce((n, p) => n + p.length, 0);
  return before >= STORY_BEFORE ? paragraphs.slice(0, at) : paragraphs;
}
