// Issue 13: reporting that uses the words of the page notes stays story text (page-notes.test.ts
// has the notes). Lines written for these tests.
import { describe, expect, it } from 'vitest';
import { isNewsFurniture } from '../../../src/lib/ingest/templateLines';

describe('reporting in the words of a page note', () => {
  it('keeps sentences about stories, commissions, newsletters and sections', () => {
    for (const l of [
      'This is a developing story for the port, which has waited a decade for the new crane.',
      'The agency said the retailers earn a commission on every sale made through the app.',
      'Affiliate links were banned from the forum in 2021, the moderators said.',
      'Harbor Notes, a newsletter about the coast, was launched in March.',
      'Culture minister Dana Reyes / spokesperson said on Friday the museum would reopen.',
      'In this article, the council sets out why the bridge must close.',
    ])
      expect(isNewsFurniture(l), l).toBe(false);
  });
});
