// A vague stretch ahead of what a clause expects, allows or reports as planned ("could ... in the
// coming months", "expected ... in the next few weeks", "said it would ... in the coming weeks")
// is a band from the day after writing. Sentences written for these tests; whole pipeline.
import { describe, expect, it } from 'vitest';
import { extract } from '../../../src/lib/extract';

const eventsOf = (text: string, published: string) =>
  extract(text, { title: null, published, url: null, publisher: null }).events.map((e) => [e.when.text, e.when.start, e.when.end]);

describe('a stretch ahead of an expectation, a possibility or a reported plan', () => {
  it('a possibility in the coming months', () => {
    expect(eventsOf('Regulators could approve the merger in the coming months.', '2025-03-20')).toEqual([['the coming months', '2025-03-21', '2025-06-20']]);
  });
  it('an expectation in the next few weeks', () => {
    expect(eventsOf('Traders expected the rand to weaken in the next few weeks.', '2025-03-20')).toEqual([['the next few weeks', '2025-03-21', '2025-04-17']]);
  });
  it('a plan reported with "would" in the coming weeks', () => {
    expect(eventsOf('The mayor said she would name a new police chief in the coming weeks.', '2025-03-20')).toEqual([['the coming weeks', '2025-03-21', '2025-04-17']]);
  });
});
