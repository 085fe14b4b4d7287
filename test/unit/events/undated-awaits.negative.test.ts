// News hoped for ("expect to learn more", "expects to hear from the coroner") is no act of the one
// who waits for it. Sentences written for these tests.
import { describe, expect, it } from 'vitest';
import { buildEvents } from '../../../src/lib/events';

const undated = (text: string) => buildEvents(text, [], '2024-05-15').filter((e) => !e.when.start).map((e) => e.label);

describe('news awaited', () => {
  it.each([
    'Rescuers have reached 40 climbers and expect to learn about more.',
    'The family expects to hear from the coroner.',
    'Engineers expect to find out what failed.',
  ])('gives none for "%s"', (s) => expect(undated(s)).toEqual([]));
});
