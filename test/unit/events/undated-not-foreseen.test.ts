// An expectation of one's own next step stays. Sentences written for these tests.
import { describe, expect, it } from 'vitest';
import { extract } from '../../../src/lib/extract';

const undated = (text: string) =>
  extract(text, { title: null, published: '2024-05-15', url: null, publisher: null }).events.filter((e) => !e.when.start).map((e) => e.label);

describe('a step expected', () => {
  it.each([
    ['The brewery anticipates closing its oldest plant.', 'The brewery anticipates closing its oldest plant'],
  ])('draws "%s"', (s, label) => expect(undated(s)).toEqual([label]));
});
