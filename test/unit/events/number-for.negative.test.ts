// "A number of ... for" counts things, and the day after "for" is when they happen. Sentences
// written for these tests; timexes handmade.
import { describe, expect, it } from 'vitest';
import { dateWordsWith } from './helpers';

const PUBLISHED = '2008-04-10';
const datesOf = dateWordsWith(PUBLISHED);

describe('a count of things keeps the day they are set for', () => {
  it('keeps the day protests are planned for', () => {
    const text = 'A number of protests are planned for Saturday.';
    expect(datesOf(text, [['Saturday', '2008-04-12']])).toEqual(['Saturday']);
  });
});
