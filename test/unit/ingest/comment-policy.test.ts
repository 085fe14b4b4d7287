// Issue 13: the outlet's word on its readers' comments, printed by the comment box under the
// story, is not reporting (its "immediately", "within 24 hours" must not become events). Lines
// written for these tests. (What stays: the .negative file.)
import { describe, expect, it } from 'vitest';
import { isCommentPolicy, isNewsFurniture } from '../../../src/lib/ingest/templateLines';

describe("a comment box's policy note", () => {
  it('is told by whose comments and what is done to them', () => {
    for (const l of [
      "All readers' comments appear at once, but are checked afterwards for abuse.",
      'Your comments will be reviewed by an editor before they are published.',
      'User posts are moderated within 24 hours.',
      'Comments are moderated and may take a little while to appear.',
      'Comments will be pre-moderated on this story.',
      'We reserve the right to delete any comment that breaks these rules.',
      'Our members are treated to special offers and promotions from us and our partners.',
    ])
      expect(isCommentPolicy(l), l).toBe(true);
  });

  it('is template furniture for the story text', () => {
    expect(isNewsFurniture('Readers comments are posted immediately but will be monitored for offensive content.')).toBe(true);
  });
});
