// Issue 13: notes every CMS prints on today's pages, told by their words: a section kicker with the
// day ("Culture / May 2, 2025"), a breaking-story note, a shop guide's affiliate disclosure, a
// named newsletter box's pitch, the outlet asking for readers' stories, a long guide's index label.
// Lines written for these tests. (What stays: the .negative file.)
import { describe, expect, it } from 'vitest';
import { isNewsFurniture, isTimeStamp } from '../../../src/lib/ingest/templateLines';

describe('page notes of the outlet', () => {
  it('takes a section kicker with its day for a stamp', () => {
    for (const l of ['Culture / May 2, 2025', 'Science | 14 March 2024']) expect(isTimeStamp(l), l).toBe(true);
  });

  it('takes the notes, disclosures and pitches for furniture', () => {
    for (const l of [
      'This is a developing story and will be updated.',
      'This is a breaking news story - check back for more',
      'This guide contains affiliate links, chosen by our reviewers.',
      'When you shop through the links on this page, we may earn a small commission.',
      'Harbor Notes: Sign up for our free weekly newsletter about the coast.',
      'We want to hear from you: did the storm flood your street? Write to us.',
      'Table of Contents',
      'In this article',
    ])
      expect(isNewsFurniture(l), l).toBe(true);
  });
});
