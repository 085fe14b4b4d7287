// An act on experts, and an act on a substance, stay. Sentences written for these tests.
import { describe, expect, it } from 'vitest';
import { extract } from '../../../src/lib/extract';

const undated = (text: string) =>
  extract(text, { title: null, published: '2024-05-15', url: null, publisher: null }).events.filter((e) => !e.when.start).map((e) => e.label);

describe('an act arranged', () => {
  it.each([
    ['A panel of experts will be appointed to review the dam.', 'A panel of experts will be appointed to review the dam'],
    ['Salvage crews will pump the oil into a waiting tanker.', 'Salvage crews will pump the oil into a waiting tanker'],
  ])('draws "%s"', (s, label) => expect(undated(s)).toEqual([label]));
});
