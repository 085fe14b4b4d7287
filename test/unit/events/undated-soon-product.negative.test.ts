// A product's working told without "soon" is a description; "would meet" a need or a target is no act.
// Sentences written for these tests.
import { describe, expect, it } from 'vitest';
import { extract } from '../../../src/lib/extract';

const undated = (text: string) =>
  extract(text, { title: null, published: '2024-05-15', url: null, publisher: null }).events.filter((e) => !e.when.start).map((e) => e.label);

describe('a description, a need met', () => {
  it.each([
    'The new card will offer cashback on rail fares.',
    'The minister said the scheme would meet the needs of rural towns.',
    'The council said the new depot would meet its recycling targets.',
  ])('gives none for "%s"', (s) => expect(undated(s)).toEqual([]));
});
