// What analysts or experts say or expect is their forecast; a substance's course and a weather system's
// are nature's. Sentences written for these tests.
import { describe, expect, it } from 'vitest';
import { extract } from '../../../src/lib/extract';

const undated = (text: string) =>
  extract(text, { title: null, published: '2024-05-15', url: null, publisher: null }).events.filter((e) => !e.when.start).map((e) => e.label);

describe('a forecast by forecasters, nature\'s course', () => {
  it.each([
    'Most economists say the governor will eventually be forced to raise rates.',
    'Independent analysts expect the junta to hand over power.',
    'The slick is expected to drift towards the marshes.',
    'Rain totals there will be measured in inches.',
    'A deep surface low will form over the bay.',
  ])('gives none for "%s"', (s) => expect(undated(s)).toEqual([]));
});
