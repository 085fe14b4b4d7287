// A relative clause on the subject, before the clause's verb, still tells how the subject works.
// Sentences written for these tests.
import { describe, expect, it } from 'vitest';
import { buildEvents } from '../../../src/lib/events';

const undated = (text: string) => buildEvents(text, [], '2024-05-15').map((e) => e.label);

describe('no plan', () => {
  it.each([
    'The app, which will let users record shows, will cost five dollars a month.',
    'The new card will let shoppers pay by phone, which will save time at the tills.',
  ])('gives none for "%s"', (s) => expect(undated(s)).toEqual([]));
});
