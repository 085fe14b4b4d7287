// A happening named by its noun takes the phrase after the noun that says what it was, and the
// relative clause that says what it did.
import { describe, expect, it } from 'vitest';
import { buildEvents } from '../../../src/lib/events';
import { timexOf } from './helpers';

const labelsOf = (text: string, words: string, value: string) => buildEvents(text, [timexOf(text, words, value)], '2024-05-15').map((e) => e.label);

describe('what the happening was', () => {
  it.each([
    ['Talks on fishing quotas stalled after Monday’s meeting of the northern coastal states.', 'Monday', '2024-05-13', 'The meeting of the northern coastal states'],
    ['Insurers have paid out 2 billion since the March fire at a chemical plant that destroyed 300 homes.', 'March', '2024-03', 'The fire at a chemical plant destroyed 300 homes'],
    ['Reforms stalled after the election in 2019 of a new regional assembly.', '2019', '2019', 'The election of a new regional assembly'],
  ])('%j', (text, words, value, label) => {
    expect(labelsOf(text, words, value)).toEqual([label]);
  });
});

describe('a noun that opens a name takes the rest of the name', () => {
  it('"World Cup" after a year’s possessive', () => {
    const text = 'Tickets sold out fast for next year’s World Cup qualifiers in the north.';
    expect(labelsOf(text, 'next year', '2025')).toEqual(['The World Cup']);
  });
});
