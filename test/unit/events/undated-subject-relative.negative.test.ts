// What the subject-relative reading leaves alone: a future told by the one in the relative clause, a
// negated plan, a plan that goes on as it is, a relative "where" that only places a statue.
// Sentences written for these tests.
import { describe, expect, it } from 'vitest';
import { extract } from '../../../src/lib/extract';

const undated = (text: string) =>
  extract(text, { title: null, published: '2024-05-15', url: null, publisher: null }).events.filter((e) => !e.when.start).map((e) => e.label);

describe('no plan read through the subject', () => {
  it.each([
    'The mayor who opened the bridge is not set to attend the gala.',
    'The engineers who built the dam plan to remain on site.',
    'The trust is expected to remain in charge of the gardens.',
    'Those who love the game will respond to honest football.',
  ])('gives none for "%s"', (s) => expect(undated(s)).toEqual([]));
});
