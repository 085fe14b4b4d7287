// What was foreseen before, or is not foreseen, announces nothing; a wind's course told in a past tense is
// the weather's still. Sentences written for these tests.
import { describe, expect, it } from 'vitest';
import { extract } from '../../../src/lib/extract';

const undated = (text: string) =>
  extract(text, { title: null, published: '2024-05-15', url: null, publisher: null }).events.filter((e) => !e.when.start).map((e) => e.label);

describe('not foreseen, the weather', () => {
  it.each([
    'The operator said it had anticipated trouble with the valves.',
    'The evacuation plans anticipate nothing on this scale.',
    'Strong winds were expected to keep the ferry in port.',
  ])('gives none for "%s"', (s) => expect(undated(s)).toEqual([]));
});
