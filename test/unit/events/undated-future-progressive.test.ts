// A future told in the progressive of an act is as firm as its plain "will". Sentences written for
// these tests.
import { describe, expect, it } from 'vitest';
import { extract } from '../../../src/lib/extract';

const undated = (text: string) =>
  extract(text, { title: null, published: '2024-05-15', url: null, publisher: null }).events.filter((e) => !e.when.start).map((e) => e.label);

describe('a future in the progressive', () => {
  it.each([
    ['The bakery chain will be testing every batch of its flour.', 'The bakery chain will be testing every batch of its flour'],
    ['The minister will be presenting the new budget to the lenders.', 'The minister will be presenting the new budget to the lenders'],
  ])('draws "%s"', (s, label) => expect(undated(s)).toEqual([label]));
});
