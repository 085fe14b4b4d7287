import { describe, expect, it } from 'vitest';
import { extract } from '../../../src/lib/extract';
import { readDocument } from '../../../src/lib/validate';

describe('events near the calendar’s first day', () => {
  it('are not drawn on a day before the year 1, and the document stays readable', () => {
    const doc = extract('last 1999 week officials met\n\nofficials met', { title: null, published: '0001-01-01', url: null, publisher: null });
    for (const e of doc.events) if (e.when.start) expect(e.when.start >= '0001-01-01').toBe(true);
    expect(() => readDocument(JSON.parse(JSON.stringify(doc)))).not.toThrow();
  });
});
