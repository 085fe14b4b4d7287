// Sentences written for these tests.
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/lib/extract';

describe('extract passes the publisher to the events stage', () => {
  it('names the publisher for the page’s own "we" told in the past', () => {
    const text = 'We asked the harbour board on Monday for its figures, and it sent them a day later.';
    const doc = extract(text, { title: null, published: '2025-11-05', url: null, publisher: 'The Harbour Times' });
    expect(doc.events.map((e) => e.label)[0]).toMatch(/^The Harbour Times asked the harbour board/);
  });
});
