// What must NOT become an event: a year after a determiner that says which contract or which
// cycle, when the word tagger reads the noun after the year as a verb ("the 2018 contract", "the
// 2024 cycle"). Sentences written for these tests; timexes handmade.
import { describe, expect, it } from 'vitest';
import { buildEvents } from '../../../src/lib/events';
import { timexOf } from './helpers';

const PUBLISHED = '2025-11-03';
const datesOf = (text: string, timexes: [string, string][]) => buildEvents(text, timexes.map(([words, value]) => timexOf(text, words, value)), PUBLISHED).map((e) => e.when.text);

describe('a year before a noun the tagger reads as a verb names the noun', () => {
  it('drops the year of a contract quarrelled over', () => {
    expect(datesOf('The dockers’ leader fell out with the board over the 2021 contract and later quit.', [['2021', '2021']])).toEqual([]);
  });
  it('drops the year of a cycle someone is ranked in', () => {
    expect(datesOf('Ortega, seen as one of the safest incumbents in the 2026 cycle, still raised record sums.', [['2026', '2026']])).toEqual([]);
  });
});
