// A comparison, a cap and a record's frame stay out of undated expectations even with a number
// after "than". Sentences written for these tests.
import { describe, expect, it } from 'vitest';
import { buildEvents } from '../../../src/lib/events';

const undated = (text: string) => buildEvents(text, [], '2024-05-15').map((e) => e.label);

describe('a comparison is no plan', () => {
  it.each([
    'The new stadium will hold more fans than the old ground.',
    'No more than three tenders will be accepted from each bidder.',
    'The deal will bring the first cut in ferry fares in more than 15 years.',
    'Two referees will be better than one.',
  ])('gives none for "%s"', (s) => expect(undated(s)).toEqual([]));
});
