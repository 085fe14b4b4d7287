// A vague stretch back told of what happened ("a few weeks ago", "in recent weeks") is a band
// before the day of writing. Sentences written for these tests; run through the whole pipeline.
import { describe, expect, it } from 'vitest';
import { extract } from '../../../src/lib/extract';

const eventsOf = (text: string, published: string) =>
  extract(text, { title: null, published, url: null, publisher: null }).events.map((e) => [e.when.text, e.when.start, e.when.end]);

describe('a vague stretch back is a band before the day of writing', () => {
  it('"a few weeks ago" is two to five weeks back', () => {
    expect(eventsOf('The bakery closed its second shop a few weeks ago, the owner said.', '2025-03-20')).toEqual([['a few weeks ago', '2025-02-13', '2025-03-06']]);
  });
  it('"several months ago" is three to nine months back', () => {
    expect(eventsOf('Several months ago, the port authority ordered two new tugs.', '2025-03-20')).toEqual([['Several months ago', '2024-06-20', '2024-12-20']]);
  });
  it('"in recent weeks" runs four weeks up to the day of writing', () => {
    expect(eventsOf('Farmers have blocked the ring road twice in recent weeks.', '2025-03-20')).toEqual([['recent weeks', '2025-02-20', '2025-03-20']]);
  });
});
