// What the reading of a determined year's noun leaves: a year before a happening's noun keeps its
// date, however the tagger read the noun. Sentences written for these tests; timexes handmade.
import { describe, expect, it } from 'vitest';
import { buildEvents } from '../../../src/lib/events';
import { timexOf } from './helpers';

const PUBLISHED = '2025-11-03';
const datesOf = (text: string, timexes: [string, string][]) => buildEvents(text, timexes.map(([words, value]) => timexOf(text, words, value)), PUBLISHED).map((e) => e.when.text);

describe('a year before a happening keeps its date', () => {
  it('keeps the year of a vote won', () => {
    expect(datesOf('The islanders won the 2023 vote on self-rule.', [['2023', '2023']])).toEqual(['2023']);
  });
  it('keeps the year of a race run', () => {
    expect(datesOf('She ran the 2019 race in record time.', [['2019', '2019']])).toEqual(['2019']);
  });
});
