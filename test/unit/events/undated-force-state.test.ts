// An agent's act stays, whatever force it answers, and so does an act expected of someone named.
// Sentences written for these tests.
import { describe, expect, it } from 'vitest';
import { extract } from '../../../src/lib/extract';

const undated = (text: string) =>
  extract(text, { title: null, published: '2024-05-15', url: null, publisher: null }).events.filter((e) => !e.when.start).map((e) => e.label);

describe('an act arranged or expected', () => {
  it.each([
    ['The crisis committee will meet the island’s creditors.', 'The crisis committee will meet the island’s creditors'],
    ['Goalkeeper Ivo Rask is expected to get the start for the visitors.', 'Goalkeeper Ivo Rask is expected to get the start for the visitors'],
    ['The agency will test the water at every beach.', 'The agency will test the water at every beach'],
  ])('draws "%s"', (s, label) => expect(undated(s)).toEqual([label]));
});
