// A watch kept, a wait or a hope told in the progressive is a state, no act. Sentences written for these
// tests.
import { describe, expect, it } from 'vitest';
import { extract } from '../../../src/lib/extract';

const undated = (text: string) =>
  extract(text, { title: null, published: '2024-05-15', url: null, publisher: null }).events.filter((e) => !e.when.start).map((e) => e.label);

describe('a state in the progressive', () => {
  it.each([
    'Inspectors will be keeping a close eye on the dam.',
    'The fans will be hoping for a better result.',
    'The family will be waiting for news from the coast guard.',
  ])('gives none for "%s"', (s) => expect(undated(s)).toEqual([]));
});
