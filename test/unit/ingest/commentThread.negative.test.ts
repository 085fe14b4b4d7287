// What must NOT be read as a reader comment thread: a date and a time in prose, a pipe in a
// headline, the word "reply" in reporting.
import { describe, expect, it } from 'vitest';
import { commentThreadStart } from '../../../src/lib/ingest/commentThread';

describe('prose that looks like a comment mark', () => {
  it.each([
    'The quake struck on January 12, 2010 at 4:53 pm, flattening the capital.',
    'Ferry fares rise | Council blames fuel costs',
    'The minister did not reply to questions about the pier.',
    'At 9:02 am on 10 March the council wrote to residents.',
    // one day-and-clock line is a live page's entry, not yet a thread
    'The pier closed for repairs.\n11th Mar 2012 - 09:14 Engineers arrive at the pier.',
  ])('%j has no thread', (text) => {
    expect(commentThreadStart(text)).toBeNull();
  });
});
