// What must NOT become an event: the day of a dateline the copy opens on, where the page stamps'
// rule (stamps.ts) does not reach: a company in angle brackets after the hyphen, as the wire's
// archive marks one, and a full date opening the body's first line before a dash, with no place.
// Sentences written for these tests; timexes handmade.
import { describe, expect, it } from 'vitest';
import { buildEvents } from '../../../src/lib/events';
import { timexOf } from './helpers';

const PUBLISHED = '1988-03-02';
const datesOf = (text: string, timexes: [string, string][]) => buildEvents(text, timexes.map(([words, value]) => timexOf(text, words, value)), PUBLISHED).map((e) => [e.when.text, e.when.start]);

describe('a dateline the copy opens on dates no event', () => {
  it('drops the day before a bracketed company', () => {
    expect(datesOf('SMELTER SHUT\n\nWinnipeg, March 2 - <Prairie Zinc Ltd> said it closed its smelter after a spill.', [['March 2', '1988-03-02']])).toEqual([]);
  });
  it('drops a full date opening the first line before a dash, and keeps the day the copy tells', () => {
    expect(datesOf('2 March 1988 – The assembly today adopted a resolution on fisheries.', [['2 March 1988', '1988-03-02'], ['today', '1988-03-02']])).toEqual([['today', '1988-03-02']]);
  });
});
