// A future made a habit by a frequency, a period judged ahead, and the effort a task will need are no
// undated expectations. Sentences written for these tests.
import { describe, expect, it } from 'vitest';
import { buildEvents } from '../../../src/lib/events';

const undated = (text: string) => buildEvents(text, [], '2024-05-15').map((e) => e.label);

describe('a habit told in the future is no plan', () => {
  it.each([
    'The apprentices will share the workshop, and occasionally a joke, with the master carvers.',
    'The tenants committee will usually meet in the back room of the library.',
    'That landlord will answer the phone once in a blue moon.',
  ])('gives none for "%s"', (s) => expect(undated(s)).toEqual([]));
});

describe('a period judged ahead and the effort a task needs are forecasts', () => {
  it.each([
    'The next few days and weeks will be crucial for the flooded farms.',
    'It will take a huge effort from the county and the charities to clear the debris.',
  ])('gives none for "%s"', (s) => expect(undated(s)).toEqual([]));
});
