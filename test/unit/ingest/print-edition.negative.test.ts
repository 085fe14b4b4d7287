import { describe, expect, it } from 'vitest';
import { dayBeforeEdition } from '../../../src/lib/ingest/meta/printEdition';

// Printed days that do not tell a print edition: the URL's day stands.
describe('a printed day that is no evening before the edition', () => {
  it('leaves a printed day after the URL’s (an update, a re-post)', () => {
    expect(dayBeforeEdition('2033-12-22', 'Posted: December 23, 2033 Council saves swing bridge')).toBeNull();
  });

  it('leaves a printed day weeks before the URL’s', () => {
    expect(dayBeforeEdition('2033-12-22', 'Published: November 2, 2033 Council saves swing bridge')).toBeNull();
  });

  it('leaves the same day', () => {
    expect(dayBeforeEdition('2033-12-22', 'Published: December 22 Council saves swing bridge')).toBeNull();
  });

  it('leaves an unlabelled day in the story', () => {
    expect(dayBeforeEdition('2033-12-22', 'The vote on December 21, 2033 saved the bridge.')).toBeNull();
  });
});
