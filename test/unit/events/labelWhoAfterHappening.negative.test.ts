// A "who" after a noun of people keeps the whole noun phrase as its head: "the captain of the
// team who scored" may be the captain (restrictive.ts).
import { describe, expect, it } from 'vitest';
import { buildEvents } from '../../../src/lib/events';
import { timexOf } from './helpers';

const labelsOf = (text: string, words: string, value: string) => buildEvents(text, [timexOf(text, words, value)], '2024-05-15').map((e) => e.label);

describe('a "who" after a noun that is no happening', () => {
  it('keeps "The captain of the team"', () => {
    expect(labelsOf('Fans cheered the captain of the team who scored twice in May.', 'May', '2024-05')).toEqual(['The captain of the team scored twice']);
  });
});
