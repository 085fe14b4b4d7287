// "is to" that announces no plan: the subject names what is to be done, a blame, what is yet to
// come, what a deed is to the credit of; and a fronted "To date" is a time. Sentences written for these tests.
import { describe, expect, it } from 'vitest';
import { buildEvents } from '../../../src/lib/events';

const undated = (text: string) => buildEvents(text, [], '2024-05-15').filter((e) => !e.when.start).map((e) => e.label);

describe('no plan', () => {
  it.each([
    'The hardest part is to find the volunteers.',
    'What the club needs is to rebuild its youth team.',
    'The aim of the levy is to cut traffic in the old town.',
    'No single agency is to blame for the flooding.',
    'The best of the festival is yet to come.',
    'The trick is to water the seedlings at dusk.',
    'To date, the harbour board will not comment.',
    'The rescue of the climbers is to the credit of the mountain wardens.',
    'One option is to sell the stadium; the other is to rent it out.',
    'The real test for the new mayor is to fill the potholes.',
    'Priority one is to reopen the school.',
    'I am as keen as every parent in Leeds is to see the pool reopened.',
  ])('gives none for "%s"', (s) => expect(undated(s)).toEqual([]));
});
