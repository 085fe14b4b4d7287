// Readiness told in a past narrative is what was meant then; a second clause with no future projects
// nothing; two subjects of one "that" clause, and a maxim's kind, are no plan after "and". Sentences written for these tests.
import { describe, expect, it } from 'vitest';
import { extract } from '../../../src/lib/extract';

const undated = (text: string) =>
  extract(text, { title: null, published: '2024-05-15', url: null, publisher: null }).events.filter((e) => !e.when.start).map((e) => e.label);

describe('readiness past, no future', () => {
  it.each([
    'The union was gearing up to strike when the offer came.',
    'The ministry accepts the need to shorten queues and the new fund pays for clinics.',
    'I know that many parents and their children will be worried.',
    'A good landlord fixes the roof and a good tenant is poised to report the leak.',
  ])('gives none for "%s"', (s) => expect(undated(s)).toEqual([]));
});
