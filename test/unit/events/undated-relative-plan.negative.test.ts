// A relative clause on a name that tells no step to come: a part held, a going on, a hedge, a
// negation. Sentences written for these tests.
import { describe, expect, it } from 'vitest';
import { buildEvents } from '../../../src/lib/events';

const undated = (text: string) => buildEvents(text, [], '2024-05-15').filter((e) => !e.when.start).map((e) => e.label);

describe('no step on the name', () => {
  it.each([
    '“We trained hard,” said Okafor, who will continue to work with his old coach.',
    'The report was read by Dunmore, who will be part of the new panel.',
    '“It was close,” said Okafor, who may open a gym.',
    '“It was close,” said Okafor, who will not defend his title.',
  ])('gives none for "%s"', (s) => expect(undated(s)).toEqual([]));
});

describe('no step on a name the main clause acts on', () => {
  it.each([
    'Police named the victim as Jo Hart, who will be remembered as a kind neighbour.',
    'The board thanked Jo Hart, who will stay on as an adviser.',
    'Guests this year include Jo Hart, who will read from her diaries.',
  ])('gives none for "%s"', (s) => expect(undated(s)).toEqual([]));
});
