// "Until then, X will ...": what holds until a time told before is the interim's state, dated by that
// time, no projection of its own. Sentences written for these tests.
import { describe, expect, it } from 'vitest';
import { buildEvents } from '../../../src/lib/events';

const undated = (text: string) => buildEvents(text, [], '2024-05-15').filter((e) => !e.when.start).map((e) => e.label);

describe('the interim, dated by a time told before', () => {
  it.each([
    'The new ferry will not be ready until 2027. Until then, islanders will use the old boat.',
    'Until then, the library will lend laptops from the town hall.',
  ])('gives none for "%s"', (s) => expect(undated(s)).toEqual([]));
});
