// What a task or a kind is, told in the future: what a task takes ("It will take a survey to ..."), a maxim of a kind judged by a quality ("A good
// story will make itself evident"). Sentences written for these tests.
import { describe, expect, it } from 'vitest';
import { buildEvents } from '../../../src/lib/events';

const undated = (text: string) => buildEvents(text, [], '2024-05-15').filter((e) => !e.when.start).map((e) => e.label);

describe('terms, needs, maxims', () => {
  it.each([
    'It will take a full audit to find where the money went.',
    'It will take a vote of the whole synod to change the rule.',
    'A good coach will always listen to the bench.',
    'A wise gardener will water at dusk, and patient gardeners will wait for rain.',
  ])('gives none for "%s"', (s) => expect(undated(s)).toEqual([]));
});
