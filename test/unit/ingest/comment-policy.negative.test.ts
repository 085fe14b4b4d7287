// Issue 13: reporting on comments, posts and moderation is story text (comment-policy.test.ts has
// the outlet's own notes). Lines written for these tests.
import { describe, expect, it } from 'vitest';
import { isCommentPolicy } from '../../../src/lib/ingest/templateLines';

describe('reporting about moderation is not a policy note', () => {
  it('keeps a platform or a person acting on posts', () => {
    for (const l of [
      'The forum removed 40 posts that broke its rules on Tuesday.',
      "The mayor's comments were reviewed by the ethics board last month.",
      'Comments made by the coach on Friday drew a fine from the league.',
      'Members of the club are offered a discount on season tickets, the chairman said.',
      'We reserve judgment on the plan until the council publishes its figures.',
    ])
      expect(isCommentPolicy(l), l).toBe(false);
  });
});
