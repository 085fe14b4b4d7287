// A crowd's forecast, a feeling in the passive and a plan in real doubt stay out, whatever set
// phrase or quantifier they carry. Sentences written for these tests.
import { describe, expect, it } from 'vitest';
import { buildEvents } from '../../../src/lib/events';

const undated = (text: string) => buildEvents(text, [], '2024-05-15').map((e) => e.label);

describe('no firm projection', () => {
  it.each([
    'Most shoppers will find the new tills confusing.',
    'Every household will be affected by the rise.',
    'The council may reopen the library as soon as possible.',
    'The mayor said the library could reopen where possible.',
    'The final is going to be tough for both sides.',
  ])('gives none for "%s"', (s) => expect(undated(s)).toEqual([]));
});
