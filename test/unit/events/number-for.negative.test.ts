// "A number of ... for" counts things, and the day after "for" is when they happen. Sentences
// written for these tests; timexes handmade.
import { describe, expect, it } from 'vitest';
import { buildEvents } from '../../../src/lib/events';
import { timexOf } from './helpers';

const PUBLISHED = '2008-04-10';
const datesOf = (text: string, timexes: [string, string][]) => buildEvents(text, timexes.map(([words, value]) => timexOf(text, words, value)), PUBLISHED).map((e) => e.when.text);

describe('a count of things keeps the day they are set for', () => {
  it('keeps the day protests are planned for', () => {
    const text = 'A number of protests are planned for Saturday.';
    expect(datesOf(text, [['Saturday', '2008-04-12']])).toEqual(['Saturday']);
  });
});
