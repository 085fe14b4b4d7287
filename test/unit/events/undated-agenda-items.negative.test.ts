// Issues said to be discussed in general, with no agenda's participle on them. Sentences written for these tests.
import { describe, expect, it } from 'vitest';
import { buildEvents } from '../../../src/lib/events';

const undated = (text: string) => buildEvents(text, [], '2024-05-15').filter((e) => !e.when.start).map((e) => e.label);

describe('no agenda', () => {
  it.each([
    'Many issues are likely to be discussed for years.',
    'Fees and quotas are among the issues that divide the members.',
  ])('gives none for "%s"', (s) => expect(undated(s)).toEqual([]));
});
