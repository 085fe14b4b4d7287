// What a thing will include, when it holds no happening, is its contents; a wish ("hopefully", a
// "soon" hoped for) is no one's arrangement. Sentences written for these tests.
import { describe, expect, it } from 'vitest';
import { extract } from '../../../src/lib/extract';

const undated = (text: string) =>
  extract(text, { title: null, published: '2024-05-15', url: null, publisher: null }).events.filter((e) => !e.when.start).map((e) => e.label);

describe('contents, a wish', () => {
  it.each([
    'The exercise will include flood sirens, evacuation routes and first-aid kits.',
    'The new squad will also include two teenagers from the academy.',
    'Hopefully the landlord will agree to fix the roof.',
    'Her aunt says she hopes the pair reunite soon.',
  ])('gives none for "%s"', (s) => expect(undated(s)).toEqual([]));
});
